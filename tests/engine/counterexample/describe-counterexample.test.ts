import { describe, expect, it } from 'vitest'
import { describeCounterexample, findTablesUsed, groupRowsByOutputKey, sampleRows, selectRowsFeeding } from '../../../src/engine/counterexample/index'

const result = (columns: string[], rows: (string | number | null)[][]) => ({ columns, rows })

describe('describeCounterexample', () => {
  const cols = ['activity_date', 'dau', 'ratio']
  it('names the one column that differs, with the row it is in', () => {
    const s = describeCounterexample(result(cols, [['2024-06-03', 1, 0.5]]), result(cols, [['2024-06-03', 1, 0]]), 2)
    expect(s).toBe('On these 2 input rows column ratio should be 0.5 for activity_date 2024-06-03, but your query gives 0.')
  })
  it('says which rows the answer leaves out or adds', () => {
    expect(describeCounterexample(result(cols, [['2024-06-03', 1, 0.5]]), result(cols, []), 1)).toBe(
      'On this 1 input row the reference returns (2024-06-03, 1, 0.5), which your query leaves out.',
    )
    expect(describeCounterexample(result(cols, []), result(cols, [['2024-06-03', 1, 0.5]]), 3)).toBe(
      'On these 3 input rows your query also returns (2024-06-03, 1, 0.5), which the reference does not.',
    )
  })
  it('tells a wrong order and a wrong column count apart', () => {
    const a = [['2024-06-01', 1, 1], ['2024-06-02', 2, 1]]
    expect(describeCounterexample(result(cols, a), result(cols, [...a].reverse()), 2, [0])).toMatch(/right rows in the wrong order/)
    expect(describeCounterexample(result(cols, a), result(['x'], [[1]]), 2)).toBe('On these 2 input rows your query returns 1 column where the reference returns 3.')
  })
  it('lists both sides when whole rows differ', () => {
    const s = describeCounterexample(result(['a', 'b'], [['x', 1]]), result(['a', 'b'], [['y', 2], ['z', 3]]), 2)
    expect(s).toBe('On these 2 input rows the reference returns (x, 1), but your query returns (y, 2) and (z, 3) instead.')
  })
})

describe('seeding the search', () => {
  it('finds the tables the queries name, outside comments and strings', () => {
    const used = findTablesUsed(['SELECT * FROM Users u -- orders\nJOIN "visits" v ON 1', "SELECT 'events' FROM t"], ['users', 'orders', 'visits', 'events', 't'])
    expect(used).toEqual(['users', 'visits', 't'])
  })
  it('picks the rows whose keys appear in the differing output, else the whole table', () => {
    const sel = selectRowsFeeding(
      {
        sessions: { columns: ['id', 'day'], keyColumns: ['day'], rows: [[1, '2024-06-01 10:00:00'], [2, '2024-06-02 09:00:00']] },
        users: { columns: ['user_id'], keyColumns: ['user_id'], rows: [[7], [8]] },
      },
      [['2024-06-02', 3]],
    )
    expect(sel).toEqual({ sessions: [1], users: [0, 1] })
  })
  it('groups rows by the key column the output names, the finer one on a tie', () => {
    const events = {
      columns: ['event_id', 'video_id', 'creator_id'],
      keyColumns: ['event_id', 'creator_id', 'video_id'],
      rows: [[1, 10, 100], [2, 10, 100], [3, 11, 100], [4, 12, 101]],
    }
    // event_id is unique (no groups); video_id and creator_id both match, video_id is finer.
    expect(groupRowsByOutputKey({ events }, [[10, 100], [11, 101]])).toEqual({ events: ['n10', 'n10', 'n11', 'n12'] })
    expect(groupRowsByOutputKey({ events }, [['nothing']])).toEqual({})
  })
  it('samples every n-th row', () => {
    expect(sampleRows({ t: { rows: [1, 2, 3, 4, 5] } }, 2)).toEqual({ t: [0, 2, 4] })
  })
})
