import { describe, expect, it } from 'vitest'
import { checkScenarioShape, splitFinalLimit } from '../../src/cli/scenario-rules'
import { feedEngagement } from '../../src/scenarios/feed-engagement/scenario'
import { feedEngagementData } from '../../src/scenarios/feed-engagement/scenario-data'
import type { Scenario, SqlExercise } from '../../src/scenarios/types'

const sqlExercise = (overrides: Partial<SqlExercise>): SqlExercise => ({
  ...(feedEngagement.exercises.find((e) => e.kind === 'sql') as SqlExercise),
  ...overrides,
})
const withExercise = (exercise: SqlExercise, extra: Partial<Scenario> = {}): Scenario => ({ ...feedEngagement, exercises: [exercise], ...extra })
/** Checks a cut-down scenario with the re-computations of the exercises it kept. */
const check = (scenario: Scenario) => {
  const kept = Object.entries(feedEngagementData.expected).filter(([slug]) => scenario.exercises.some((e) => e.id.endsWith(`/${slug}`)))
  return checkScenarioShape(scenario, { ...feedEngagementData, expected: Object.fromEntries(kept) })
}

describe('scenario shape rules', () => {
  it('finds nothing wrong with feed-engagement', async () => {
    expect(await checkScenarioShape(feedEngagement, feedEngagementData)).toEqual([])
  })

  it('refuses the reserved id "mixed", which the mixed mock loop route uses', async () => {
    const problems = await checkScenarioShape({ ...feedEngagement, id: 'mixed' as Scenario['id'], exercises: [] }, feedEngagementData)
    expect(problems).toContain('src/scenarios/mixed/scenario.ts: "mixed" is reserved (the route #/mock/mixed is the mixed mock loop): rename the folder and its id.')
  })

  it('says in a sentence when an exercise has too few known-wrong answers', async () => {
    const problems = await check(withExercise(sqlExercise({ loadWrongAnswers: async () => [] })))
    expect(problems).toEqual([expect.stringMatching(/^src\/scenarios\/feed-engagement\/sql-dau-mau-ratio\.wrong\/: exercise feed-engagement\/sql-dau-mau-ratio needs at least five known-wrong answers: add \.sql files/)])
  })

  it('flags a known-wrong answer without its mistake line', async () => {
    const base = feedEngagement.exercises.find((e) => e.kind === 'sql') as SqlExercise
    const wrongAnswers = (await base.loadWrongAnswers()).map((w, i) => (i === 0 ? { ...w, mistake: '' } : w))
    const problems = await check(withExercise(sqlExercise({ loadWrongAnswers: async () => wrongAnswers })))
    expect(problems).toEqual([
      `src/scenarios/feed-engagement/sql-dau-mau-ratio.wrong/${wrongAnswers[0].name}.sql: exercise feed-engagement/sql-dau-mau-ratio has no "-- mistake:" line: start the file with "-- mistake: <what is wrong, to the learner>".`,
    ])
  })

  it('flags an ordered exercise whose reference has no ORDER BY', async () => {
    const problems = await check(withExercise(sqlExercise({ reference: 'SELECT 1 -- order by nothing' })))
    expect(problems.join('\n')).toMatch(/^src\/scenarios\/feed-engagement\/sql-dau-mau-ratio\.sql: exercise feed-engagement\/sql-dau-mau-ratio says its rows are ordered, but its reference has no ORDER BY: add one, or drop orderBy in src\/scenarios\/feed-engagement\/scenario\.ts/m)
  })

  it('flags an exercise id outside its scenario, and too few datasets', async () => {
    const problems = await check(withExercise(sqlExercise({ id: 'other/sql-x' as SqlExercise['id'] }), { variants: feedEngagement.variants.slice(0, 1) }))
    expect(problems.join('\n')).toMatch(/^src\/scenarios\/feed-engagement\/scenario\.ts: exercise other\/sql-x must start with its scenario id "feed-engagement\/"; set its scenarioId/m)
    expect(problems.join('\n')).toMatch(/^src\/scenarios\/feed-engagement\/scenario\.ts: scenario feed-engagement \(variants\) needs the visible dataset and at least two hidden variants/m)
  })

  it('names a SQL exercise without a TypeScript re-computation, and a scenario without data', async () => {
    const { 'sql-dau-mau-ratio': _dropped, ...rest } = feedEngagementData.expected
    const missing = await checkScenarioShape(feedEngagement, { ...feedEngagementData, expected: rest })
    expect(missing).toEqual([expect.stringMatching(/^src\/scenarios\/feed-engagement\/scenario-data\.ts: exercise feed-engagement\/sql-dau-mau-ratio has no expected result computed in TypeScript: add one under 'sql-dau-mau-ratio'/)])
    const stray = await checkScenarioShape(feedEngagement, { ...feedEngagementData, expected: { ...feedEngagementData.expected, 'sql-typo': rest['sql-cohort-retention'] } })
    expect(stray).toEqual([expect.stringMatching(/^src\/scenarios\/feed-engagement\/scenario-data\.ts has an expected result for "sql-typo", which is not a SQL exercise of feed-engagement: fix the slug, or remove it/)])
    expect((await checkScenarioShape(feedEngagement, undefined)).join('\n')).toMatch(/^src\/scenarios\/feed-engagement\/scenario-data\.ts is missing: .*add src\/scenarios\/feed-engagement\/scenario-data.ts/)
  })

  it('names the story, the statement and scenario.ts when they are too short or missing', async () => {
    const problems = await check(withExercise(sqlExercise({ statement: 'Too short.', hints: [] }), { story: 'Short.', summary: '' }))
    expect(problems).toEqual(
      expect.arrayContaining([
        'src/scenarios/feed-engagement/story.md: scenario feed-engagement (story) needs a story of at least a few sentences.',
        'src/scenarios/feed-engagement/scenario.ts: scenario feed-engagement (summary) needs a one-line summary for the catalog.',
        'src/scenarios/feed-engagement/sql-dau-mau-ratio.md: exercise feed-engagement/sql-dau-mau-ratio needs a statement of at least a few sentences.',
        'src/scenarios/feed-engagement/scenario.ts: exercise feed-engagement/sql-dau-mau-ratio needs at least one hint, gentlest first.',
      ]),
    )
  })

  it('starts every problem with the file a mentor edits', async () => {
    const broken = withExercise(sqlExercise({ statement: '', reference: 'SELECT 1 LIMIT 3', orderBy: undefined, ordered: false, loadWrongAnswers: async () => [] }), {
      variants: [{ key: 'hidden', seed: 1 }],
      story: '',
    })
    const problems = await check(broken)
    expect(problems.length).toBeGreaterThan(4)
    for (const problem of problems) expect(problem).toMatch(/^src\/scenarios\/feed-engagement\/[\w./-]*[ :]/)
  })
})

describe('splitFinalLimit', () => {
  it('separates the final LIMIT of a reference', () => {
    expect(splitFinalLimit('SELECT a FROM t ORDER BY a DESC\nLIMIT 10;\n-- done')).toEqual({ unlimited: 'SELECT a FROM t ORDER BY a DESC\n', limit: 10 })
  })
  it('ignores a LIMIT inside a subquery', () => {
    expect(splitFinalLimit('SELECT * FROM (SELECT a FROM t LIMIT 5) ORDER BY a')).toBeUndefined()
  })
})

describe('every exercise has its grader', () => {
  it('has a rubric for every product-sense question and engine cases for every Python exercise', async () => {
    const { scenarios } = await import('../../src/scenarios/index')
    for (const exercise of scenarios.flatMap((s) => s.exercises)) {
      if (exercise.kind === 'product') expect((await exercise.loadRubric()).criteria.length, exercise.id).toBeGreaterThan(0)
      if (exercise.kind === 'model') expect((await exercise.loadSpec()).entities.length, exercise.id).toBeGreaterThan(0)
      if (exercise.kind === 'python') expect((await exercise.loadGrading()).cases.visible.length, exercise.id).toBeGreaterThan(0)
    }
  })
})
