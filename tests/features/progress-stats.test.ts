import { describe, expect, it } from 'vitest'
import { countTicks } from '../../src/features/progress/chart-scale'
import { dailyActivity, formatDuration, localDay, practiceDayStreak, shortMistakeName, topMistakes } from '../../src/features/progress/progress-stats'
import type { ActivityEntry } from '../../src/store'

const noon = (day: string) => new Date(`${day}T12:00:00`).getTime()
const entry = (day: string, verdict: ActivityEntry['verdict'], mistakes: ActivityEntry['mistakes'] = [], exerciseId = 'a/sql-x'): ActivityEntry => ({
  at: new Date(noon(day)).toISOString(),
  exerciseId,
  verdict,
  mistakes,
})

describe('progress numbers', () => {
  it('buckets Submits by local day over the last 30 days, days without any included', () => {
    const days = dailyActivity([entry('2024-05-01', 'accepted'), entry('2024-06-02', 'rejected'), entry('2024-06-30', 'accepted'), entry('2024-06-30', 'rejected')], noon('2024-06-30'))
    expect(days).toHaveLength(30)
    expect(days[0]).toEqual({ day: '2024-06-01', accepted: 0, rejected: 0 })
    expect(days[1]).toEqual({ day: '2024-06-02', accepted: 0, rejected: 1 })
    expect(days[29]).toEqual({ day: '2024-06-30', accepted: 1, rejected: 1 })
  })

  it('counts practice days in a row up to today, or up to yesterday before today has a Submit', () => {
    const log = [entry('2024-06-26', 'rejected'), entry('2024-06-28', 'accepted'), entry('2024-06-29', 'rejected')]
    expect(practiceDayStreak(log, noon('2024-06-29'))).toBe(2)
    expect(practiceDayStreak(log, noon('2024-06-30'))).toBe(2)
    expect(practiceDayStreak(log, noon('2024-07-01'))).toBe(0)
    expect(localDay(noon('2024-06-29'))).toBe('2024-06-29')
  })

  it('ranks mistakes by how often they were made, per exercise, the most recent first on a tie', () => {
    const mau = { id: 'mistake:mau', label: 'your MAU counts user-days, not distinct users' }
    const join = { id: 'pattern:join', label: 'an inner join drops days.' }
    const log = [
      entry('2024-06-01', 'rejected', [join]),
      entry('2024-06-02', 'rejected', [mau]),
      entry('2024-06-03', 'rejected', [mau]),
      entry('2024-06-04', 'rejected', [mau], 'b/sql-y'),
    ]
    expect(topMistakes(log).map((m) => [m.exerciseId, m.name, m.count])).toEqual([
      ['a/sql-x', 'Your MAU counts user-days', 2],
      ['b/sql-y', 'Your MAU counts user-days', 1],
      ['a/sql-x', 'An inner join drops days', 1],
    ])
    expect(topMistakes(log, 1)).toHaveLength(1)
  })

  it('shortens a mistake to its first clause, and keeps a missed rubric point whole', () => {
    expect(shortMistakeName('mistake:x', 'dau / mau divides two integers, so SQLite drops the fraction')).toBe('Dau / mau divides two integers')
    expect(shortMistakeName('rubric:metrics', 'Missed rubric point: Metrics')).toBe('Missed rubric point: Metrics')
    expect(shortMistakeName('mistake:y', 'you filter the activity to June before building the thirty-day windows of every single day').length).toBeLessThanOrEqual(61)
  })

  it('formats time spent and picks round axis ticks', () => {
    expect([0, 20, 60, 25 * 60, 3600, 3900].map(formatDuration)).toEqual(['—', 'under 1 min', '1 min', '25 min', '1 h', '1 h 5 min'])
    expect(countTicks(0)).toEqual([0, 1])
    expect(countTicks(3)).toEqual([0, 1, 2, 3])
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8])
    expect(countTicks(37)).toEqual([0, 10, 20, 30, 40])
  })
})
