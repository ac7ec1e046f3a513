/**
 * `npm run scenarios:check`: proves every scenario is sound before a learner sees it.
 * - its shape (ids, files, hints, at least five known-wrong answers per SQL exercise, a
 *   generator and one TypeScript re-computation per SQL exercise in its scenario-data.ts);
 * - each reference runs on every dataset and returns rows;
 * - each reference equals the exercise's TypeScript re-computation on every dataset;
 * - each known-wrong answer is rejected (the kill matrix: answer x dataset);
 * - a LIMIT that cuts through a tie is flagged;
 * - each known-wrong Python answer runs and is rejected;
 * - each data-model reference passes every check, and each known-wrong design fails the checks it names;
 * - every scenario has follow-up cards (question, talking points, tags), and across the scenarios
 *   every interviewer topic of the interview loop has a card (src/cli/follow-up-rules.ts);
 * - every single-change mutant of each SQL reference is killed by the datasets or listed, with a
 *   reason, in the exercise's `.equivalent-mutants` file (src/cli/mutants/). `--no-mutants` skips this.
 */
import { compareResultSets } from '../engine/compare/compare-result-sets'
import type { QueryResult } from '../engine/types'
import { scenarioDataById } from '../scenarios/data-registry'
import { misnamedScenarioFolders, scenarios } from '../scenarios/index'
import type { ScenarioData, SqlExercise } from '../scenarios/types'
import { checkModelExercises } from './check-model'
import { checkFollowUpTopics } from './follow-up-rules'
import { checkPythonExercises } from './check-python'
import { checkMutants } from './mutants/check-mutants'
import { checkScenarioShape, scenarioFile, splitFinalLimit } from './scenario-rules'
import { openScenarioRuntime, type ScenarioRuntime } from './scenario-runtime'

export async function main(args: string[]): Promise<number> {
  const only = args.find((a) => !a.startsWith('--'))
  const problems: string[] = misnamedScenarioFolders().map(
    ({ folder, id }) => `${scenarioFile(folder, 'scenario.ts')} declares the id "${id}": a scenario's id must be its folder's name. Rename the folder, or change the id.`,
  )
  // Topics are covered across the catalog, so a check of one scenario leaves them out.
  if (!only) {
    const topics = checkFollowUpTopics(scenarios)
    console.log(`follow-up topics: ${topics.length === 0 ? 'every topic has a card' : `${topics.length} without a card`}`)
    topics.forEach((p) => console.log(`  problem: ${p}`))
    problems.push(...topics)
  }
  let exercisesChecked = 0
  for (const scenario of scenarios) {
    if (only && scenario.id !== only) continue
    console.log(`\n# ${scenario.id}: ${scenario.title}`)
    const data = scenarioDataById[scenario.id]
    const shape = await checkScenarioShape(scenario, data)
    problems.push(...shape)
    if (shape.length > 0) {
      shape.forEach((p) => console.log(`  problem: ${p}`))
      continue
    }
    const runtime = await openScenarioRuntime(scenario, new URL('./sql-thread.mjs', import.meta.url), { withRows: true })
    console.log(`  datasets: ${scenario.variants.map((v) => v.key).join(', ')} (built in ${runtime.buildMs.toFixed(0)} ms)`)
    try {
      for (const exercise of scenario.exercises) {
        if (exercise.kind !== 'sql') continue
        exercisesChecked++
        const found = await checkSqlExercise(runtime, data, exercise, !args.includes('--no-mutants'))
        found.forEach((p) => console.log(`  problem: ${p}`))
        problems.push(...found)
      }
      // Last on this sandbox: the model grader replaces the loaded datasets with an empty database.
      const models = await checkModelExercises(scenario, runtime.sandbox)
      models.forEach((p) => console.log(`  problem: ${p}`))
      problems.push(...models)
      exercisesChecked += scenario.exercises.filter((e) => e.kind === 'model').length
    } finally {
      runtime.dispose()
    }
    const python = await checkPythonExercises(scenario, new URL('./python-thread.mjs', import.meta.url))
    python.forEach((p) => console.log(`  problem: ${p}`))
    problems.push(...python)
    exercisesChecked += scenario.exercises.filter((e) => e.kind === 'python').length
  }
  console.log(`\n${exercisesChecked} SQL, Python and data-model exercises checked, ${problems.length} problem${problems.length === 1 ? '' : 's'}.`)
  if (problems.length > 0) {
    console.log('\nWhat to fix:')
    problems.forEach((p) => console.log(`- ${p}`))
  }
  return problems.length > 0 ? 1 : 0
}

/** `data` holds the exercise's TypeScript re-computation: `checkScenarioShape` has made sure. */
async function checkSqlExercise(runtime: ScenarioRuntime, data: ScenarioData, exercise: SqlExercise, withMutants: boolean): Promise<string[]> {
  const problems: string[] = []
  const scenarioId = runtime.scenario.id
  const slug = exercise.id.slice(scenarioId.length + 1)
  const computeExpected = data.expected[slug]
  const reference = scenarioFile(scenarioId, `${slug}.sql`)
  const inScenario = scenarioFile(scenarioId, 'scenario.ts')
  const generator = scenarioFile(scenarioId, 'dataset.ts')
  const keys = runtime.images.map((i) => i.key)
  console.log(`\n  ${exercise.id}`)
  const references = new Map<string, QueryResult>()
  for (const key of keys) {
    const outcome = await runtime.sandbox.run(key, exercise.reference, { maxRows: 100_000 })
    if (!outcome.ok) {
      problems.push(`${reference}: the reference of ${exercise.id} fails on the ${key} dataset: ${outcome.failure.message}. Run it in the app (npm run dev) and fix the query.`)
      continue
    }
    const { columns, rows, elapsedMs } = outcome.result
    references.set(key, { columns, rows })
    if (rows.length === 0) problems.push(`${reference}: the reference of ${exercise.id} returns no rows on the ${key} dataset, so it proves nothing there: plant rows it finds in ${generator}.`)
    const orderBy = exercise.orderBy?.map((name) => columns.indexOf(name))
    if (orderBy?.some((i) => i < 0)) {
      problems.push(`${inScenario}: the orderBy of ${exercise.id} names ${exercise.orderBy?.join(', ')}, but the reference's columns are ${columns.join(', ')}: name output columns of ${reference}.`)
    }
    const expected = computeExpected(runtime.data.get(key)!)
    const same = compareResultSets(expected, { columns, rows }, { orderBy: orderBy?.every((i) => i >= 0) ? orderBy : undefined })
    const verdict = same.equal ? 'equals the TypeScript computation' : 'DIFFERS from the TypeScript computation'
    console.log(`    reference on ${key}: ${rows.length} rows in ${elapsedMs.toFixed(1)} ms, ${verdict}`)
    if (!same.equal) {
      problems.push(
        `${reference} and ${scenarioFile(scenarioId, 'scenario-data.ts')} (its expected['${slug}']) disagree on the ${key} dataset (${expected.rows.length} rows computed in TypeScript, ${rows.length} from the query): one of them is wrong; compare them on that dataset and fix the one that misreads the statement.`,
      )
    }
    problems.push(...(await checkLimitTie(runtime, exercise, key, columns)))
  }
  if (references.size < keys.length) return problems

  const grader = runtime.grader
  const wrongAnswers = await exercise.loadWrongAnswers()
  const width = Math.max(...wrongAnswers.map((w) => w.name.length), 12)
  console.log(`    kill matrix (x = rejected on that dataset, . = accepted there, E = fails to run)`)
  console.log(`    ${'known-wrong answer'.padEnd(width)}  ${keys.join('  ')}`)
  for (const wrong of wrongAnswers) {
    const grade = await grader.grade(exercise, wrong.sql)
    const cells = keys.map((key) => {
      const check = grade.checks.find((c) => c.id === `dataset:${key}`)
      const mark = !check ? '-' : check.status === 'pass' ? '.' : check.status === 'error' ? 'E' : 'x'
      return mark.padEnd(key.length)
    })
    console.log(`    ${wrong.name.padEnd(width)}  ${cells.join('  ')}`)
    if (grade.verdict === 'accepted') {
      problems.push(`${scenarioFile(scenarioId, `${slug}.wrong/${wrong.name}.sql`)} is accepted on every dataset, so it is no known mistake of ${exercise.id}: plant rows in ${generator} that tell it apart from the reference, or delete the file.`)
    } else if (grade.checks.some((c) => c.status === 'error')) {
      problems.push(`${scenarioFile(scenarioId, `${slug}.wrong/${wrong.name}.sql`)} does not run (${grade.feedback[0] ?? 'error'}): a known mistake of ${exercise.id} should be a query that runs and gives a wrong result; fix the query.`)
    }
  }
  if (withMutants) {
    const mutants = await checkMutants(runtime.sandbox, exercise, references)
    console.log(`    mutants: ${mutants.total}, killed ${mutants.killed}, equivalent ${mutants.equivalent}, survivors ${mutants.survivors.length}`)
    for (const id of mutants.survivors) console.log(`      survives: ${id}`)
    problems.push(...mutants.problems)
  }
  return problems
}

/** When the reference ends in LIMIT n, rows n and n+1 of the unlimited result must not tie on the order keys. */
async function checkLimitTie(runtime: ScenarioRuntime, exercise: SqlExercise, key: string, columns: string[]): Promise<string[]> {
  const split = splitFinalLimit(exercise.reference)
  if (!split || !exercise.orderBy) return []
  const outcome = await runtime.sandbox.run(key, split.unlimited, { maxRows: split.limit + 1 })
  if (!outcome.ok || outcome.result.rows.length <= split.limit) return []
  const keyIndexes = exercise.orderBy.map((name) => columns.indexOf(name))
  const last = outcome.result.rows[split.limit - 1]
  const next = outcome.result.rows[split.limit]
  const tie = keyIndexes.every((i) => last[i] === next[i])
  return tie
    ? [`${scenarioFile(runtime.scenario.id, `${exercise.id.split('/')[1]}.sql`)}: on the ${key} dataset, LIMIT ${split.limit} cuts through a tie on ${exercise.orderBy.join(', ')}, so which rows make the cut is up to chance: add a tie-breaker to the ORDER BY (and to orderBy in scenario.ts), or change the data.`]
    : []
}
