/**
 * Every data-model exercise through the real grader (sql.js in process):
 * - it has a spec, and its reference passes every check and answers every question;
 * - every known-wrong design (src/scenarios/<id>/data-model.wrong) is rejected and fails the checks it names;
 * - the seed's own schema and other correct designs (src/scenarios/<id>/data-model.alt) are accepted;
 * - more wrong designs (src/scenarios/<id>/data-model.rejected) are rejected and fail the checks they name.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { checkModelExercises } from '../../src/cli/check-model'
import { loadSqlJs } from '../../src/datasets/load-sql-js'
import { dataModelSpecs } from '../support/scenario-content'
import { createModelGrader, type ModelGrader } from '../../src/grading/model-grader'
import { createInProcessSqlSandbox } from '../../src/sql-sandbox/in-process-sql-client'
import { scenarioQuestions } from '../../src/scenarios/model-exercise'
import { scenarios } from '../../src/scenarios/index'
import { readScenarioAnswers } from '../../src/cli/scenario-answers'
import type { ModelExercise } from '../../src/scenarios/types'

const fixtures = (scenarioId: string, kind: 'accepted' | 'rejected') =>
  readScenarioAnswers(scenarioId, 'data-model', kind === 'accepted' ? 'alt' : 'rejected', '.sql').map((f) => ({ name: f.name, sql: f.text, expect: f.expect }))

/** The scenarios of the exercise contract, whose data-model.alt/seed.sql is the seed's own schema. */
const CONTRACT_SCENARIOS = ['feed-engagement', 'reels-sessions', 'ads-attribution', 'pymk']

const withModel = scenarios.filter((s) => s.exercises.some((e) => e.kind === 'model'))

it('every scenario has a data-model exercise with a spec', () => {
  expect(withModel.map((s) => s.id)).toEqual(scenarios.map((s) => s.id))
  for (const s of withModel) {
    const exercise = s.exercises.find((e) => e.kind === 'model')!
    expect(dataModelSpecs[exercise.id], exercise.id).toBeDefined()
  }
})

describe.each(withModel.map((s) => [s.id, s] as const))('%s', (scenarioId, scenario) => {
  let grader: ModelGrader
  let SQL: Awaited<ReturnType<typeof loadSqlJs>>
  const exercise = scenario.exercises.find((e): e is ModelExercise => e.kind === 'model')!
  const spec = dataModelSpecs[exercise.id]
  const grade = (answer: string) => grader.grade({ spec, reference: exercise.reference, questions: scenarioQuestions(scenario), answer })

  beforeAll(async () => {
    SQL = await loadSqlJs()
    grader = createModelGrader(createInProcessSqlSandbox(SQL))
  })

  it('passes the scenario check: reference perfect, known-wrong designs rejected for their named flaws', async () => {
    const problems = await checkModelExercises(scenario, createInProcessSqlSandbox(SQL), () => undefined)
    expect(problems).toEqual([])
  })

  it('the reference answers every question, including all of the scenario SQL exercises', async () => {
    const g = await grade(exercise.reference)
    expect(g.questions.filter((q) => !q.answerable)).toEqual([])
    expect(g.questions.length).toBe(scenarioQuestions(scenario).length + spec.questions.length)
  })

  const accepted = fixtures(scenarioId, 'accepted')
  it('has at least three accepted designs, among them the seed schema for a contract scenario', () => {
    // A scenario a mentor adds (npm run new-scenario) has no seed answer to keep.
    if (CONTRACT_SCENARIOS.includes(scenarioId)) expect(accepted.map((f) => f.name)).toContain('seed.sql')
    expect(accepted.length).toBeGreaterThanOrEqual(3)
  })
  it.each(accepted.map((f) => [f.name, f] as const))('accepts %s', async (_name, fixture) => {
    const g = await grade(fixture.sql)
    expect(g.verdict, g.feedback.join('\n')).toBe('accepted')
  })

  it('names the known mistake of a design that fails exactly like a known-wrong one, first in the feedback', async () => {
    const knownWrong = await exercise.loadWrongAnswers()
    for (const wrong of knownWrong) {
      // The learner's version: no comments, other whitespace.
      const answer = wrong.sql.replace(/--.*$/gm, '').replace(/\n\s*\n/g, '\n')
      const g = await grader.grade({ spec, reference: exercise.reference, questions: scenarioQuestions(scenario), answer, knownWrong })
      expect(g.knownMistake?.name, wrong.name).toBe(wrong.name)
      // The concept first; its hint is held back in the diagnosis (tiered feedback).
      expect(g.feedback[0]).toBe(`This looks like a common mistake: ${wrong.mistake.replace(/[.\s]+$/, '')}.`)
      expect(g.diagnosis).toMatchObject({ id: `mistake:${wrong.name}`, source: 'known-mistake', fix: expect.stringContaining(wrong.hint.replace(/[.\s]+$/, '')) })
      expect(g.feedback.join('\n')).not.toContain(wrong.hint)
    }
    const reference = await grader.grade({ spec, reference: exercise.reference, questions: scenarioQuestions(scenario), answer: exercise.reference, knownWrong })
    expect(reference.knownMistake).toBeUndefined()
  })

  it('rejects a one-line answer and an off-topic design, each with specific feedback', async () => {
    const oneLine = await grade('CREATE TABLE events (id INT PRIMARY KEY);')
    expect(oneLine.verdict).toBe('rejected')
    expect(oneLine.feedback[0]).toMatch(/^Everything is in one table, events: /)
    expect(oneLine.feedback.join('\n')).not.toContain('Split it')
    expect(oneLine.diagnosis?.fix).toMatch(/^Split it: /)

    const offTopic = await grade(`
      CREATE TABLE orders (order_id INT PRIMARY KEY, customer_id INT NOT NULL, amount DECIMAL(10,2), ordered_at TIMESTAMP);
      CREATE TABLE customers (customer_id INT PRIMARY KEY, name VARCHAR(100));
      CREATE TABLE products (product_id INT PRIMARY KEY, title VARCHAR(200), price DECIMAL(10,2));`)
    expect(offTopic.verdict).toBe('rejected')
    const missing = spec.entities.filter((e) => e.required).map((e) => `entity:${e.role}`)
    const failed = offTopic.checks.filter((c) => c.status !== 'pass').map((c) => c.id)
    expect(failed).toEqual(expect.arrayContaining(missing))
    for (const entity of spec.entities) expect(offTopic.feedback.join('\n')).toContain(`No table is the ${entity.label}`)
    expect(offTopic.diagrams.reference.tables.filter((t) => t.missing).length).toBe(spec.entities.length)
  })

  it.each(fixtures(scenarioId, 'rejected').map((f) => [f.name, f] as const))('rejects %s for the flaws it names', async (_name, fixture) => {
    const g = await grade(fixture.sql)
    expect(g.verdict).toBe('rejected')
    const failed = g.checks.filter((c) => c.status !== 'pass').map((c) => c.id)
    expect(failed).toEqual(expect.arrayContaining(fixture.expect))
  })
})
