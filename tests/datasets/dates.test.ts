import { addDays, daysBetween, eachDate, formatTimestamp, isoWeekday, lastDayOfMonth, toDayNumber } from '../../src/datasets/dates'

describe('date helpers', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01')
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31')
    expect(addDays('2024-06-30', -29)).toBe('2024-06-01')
    expect(daysBetween('2024-05-03', '2024-06-01')).toBe(29)
  })

  it('lists inclusive ranges and month ends', () => {
    expect(eachDate('2024-06-28', '2024-07-01')).toEqual(['2024-06-28', '2024-06-29', '2024-06-30', '2024-07-01'])
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29')
    expect(lastDayOfMonth('2023-12')).toBe('2023-12-31')
  })

  it('numbers weekdays from Monday', () => {
    expect(isoWeekday(toDayNumber('2024-06-24'))).toBe(1) // a Monday
    expect(isoWeekday(toDayNumber('2024-06-30'))).toBe(7)
  })

  it('formats UTC timestamps, rolling past midnight', () => {
    const day = toDayNumber('2024-06-23')
    expect(formatTimestamp(day, 0)).toBe('2024-06-23 00:00:00')
    expect(formatTimestamp(day, 23 * 3600 + 52 * 60 + 10 + 900)).toBe('2024-06-24 00:07:10')
  })

  it('rejects malformed and impossible dates', () => {
    expect(() => toDayNumber('2024-6-1')).toThrow()
    expect(() => toDayNumber('2024-02-30')).toThrow()
  })
})
