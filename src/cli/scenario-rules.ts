import { RESERVED_SCENARIO_IDS } from '../scenarios/reserved-ids'
import { z } from 'zod'
import type { Scenario, ScenarioData, SqlExercise } from '../scenarios/types'
import { checkFollowUps } from './follow-up-rules'

/**
 * Structural rules a scenario must follow, checked before any SQL runs.
 * Each problem is a sentence a mentor can act on without reading this code.
 */
const wrongAnswerSchema = z.object({
  name: z.string().min(1),
  mistake: z.string().min(1, 'has no "-- mistake:" line: start the file with "-- mistake: <what is wrong, to the learner>"'),
  hint: z.string().min(1, 'has no "-- hint:" line: add "-- hint: <how to fix it>" under the mistake line'),
  sql: z.string().min(1),
})

const sqlExerciseSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must look like "scenario-id/exercise-slug" in lower case'),
  kind: z.literal('sql'),
  title: z.string().min(3, 'needs a title of a few words'),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  statement: z.string().min(80, 'needs a statement of at least a few sentences'),
  hints: z.array(z.string().min(1, 'has an empty hint')).min(1, 'needs at least one hint, gentlest first'),
  reference: z.string().min(1, 'needs a reference query: write the correct answer in this file'),
  wrongAnswers: z.array(wrongAnswerSchema).min(5, 'needs at least five known-wrong answers: add .sql files, each starting with "-- mistake:" and "-- hint:" lines'),
})

const scenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case words joined by hyphens: rename the folder and the id alike'),
  title: z.string().min(3, 'needs a title of a few words'),
  summary: z.string().min(10, 'needs a one-line summary for the catalog'),
  story: z.string().min(80, 'needs a story of at least a few sentences'),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-06-30'),
  tables: z
    .array(z.object({ name: z.string(), columns: z.array(z.object({ name: z.string() })).min(1, 'needs at least one column') }))
    .min(1, 'needs at least one table'),
  variants: z
    .array(z.object({ key: z.string(), seed: z.number().int() }))
    .min(3, 'needs the visible dataset and at least two hidden variants'),
})

/** `src/scenarios/<id>/<name>`: the file a mentor edits, as every problem names it. */
export const scenarioFile = (scenarioId: string, name = ''): string => `src/scenarios/${scenarioId}/${name}`

/** The file behind a field of the scenario (`story` is story.md, `tables` is tables.ts, the rest is scenario.ts). */
function scenarioFieldFile(scenarioId: string, path: PropertyKey[]): string {
  const name = path[0] === 'story' ? 'story.md' : path[0] === 'tables' ? 'tables.ts' : 'scenario.ts'
  return scenarioFile(scenarioId, name)
}

/** The file behind a field of a SQL exercise: its statement, its reference, its .wrong folder or answer, or scenario.ts. */
function sqlFieldFile(scenarioId: string, slug: string, path: PropertyKey[], wrongNames: string[]): string {
  const [field, index] = path
  if (field === 'statement') return scenarioFile(scenarioId, `${slug}.md`)
  if (field === 'reference') return scenarioFile(scenarioId, `${slug}.sql`)
  if (field === 'wrongAnswers') {
    return typeof index === 'number' ? scenarioFile(scenarioId, `${slug}.wrong/${wrongNames[index]}.sql`) : scenarioFile(scenarioId, `${slug}.wrong/`)
  }
  return scenarioFile(scenarioId, 'scenario.ts')
}

/**
 * Returns plain-sentence problems, each starting with the file to edit; an empty list means the
 * scenario's shape is fine. `data` is the scenario's entry in the data registry (undefined when
 * it has none). Loads the known-wrong answers, which is why it is async.
 */
export async function checkScenarioShape(scenario: Scenario, data: ScenarioData | undefined): Promise<string[]> {
  const problems: string[] = []
  const inScenario = scenarioFile(scenario.id, 'scenario.ts')
  const parsed = scenarioSchema.safeParse(scenario)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? ` (${issue.path.join('.')})` : ''
      problems.push(`${scenarioFieldFile(scenario.id, issue.path)}: scenario ${scenario.id}${field} ${issue.message}.`)
    }
  }
  if (RESERVED_SCENARIO_IDS.includes(scenario.id)) {
    problems.push(`${inScenario}: "${scenario.id}" is reserved (the route #/mock/${scenario.id} is the mixed mock loop): rename the folder and its id.`)
  }
  if (scenario.variants[0]?.key !== 'visible') problems.push(`${inScenario}: the first dataset variant must be called "visible": make it { key: 'visible', seed: ... }.`)
  const seen = new Set<string>()
  for (const exercise of scenario.exercises) {
    if (seen.has(exercise.id)) problems.push(`${inScenario}: exercise ${exercise.id} is listed twice; remove one, or give it another slug.`)
    seen.add(exercise.id)
    if (!exercise.id.startsWith(`${scenario.id}/`)) problems.push(`${inScenario}: exercise ${exercise.id} must start with its scenario id "${scenario.id}/"; set its scenarioId to '${scenario.id}'.`)
    if (exercise.kind !== 'sql') continue
    const slug = exercise.id.slice(exercise.id.indexOf('/') + 1)
    const wrongAnswers = await exercise.loadWrongAnswers()
    const result = sqlExerciseSchema.safeParse({ ...exercise, wrongAnswers })
    if (!result.success) {
      for (const issue of result.error.issues) {
        const file = sqlFieldFile(scenario.id, slug, issue.path, wrongAnswers.map((w) => w.name))
        problems.push(`${file}: exercise ${exercise.id} ${issue.message}.`)
      }
    }
    problems.push(...checkOrdering(exercise))
  }
  problems.push(...checkScenarioData(scenario, data))
  problems.push(...checkFollowUps(scenario))
  return problems
}

/** The scenario has Node-only data, with one TypeScript re-computation per SQL exercise and none for an exercise it lacks. */
function checkScenarioData(scenario: Scenario, data: ScenarioData | undefined): string[] {
  const where = scenarioFile(scenario.id, 'scenario-data.ts')
  if (!data) return [`${where} is missing: scenario ${scenario.id} has no generator or expected results: add ${where} with \`export default defineScenarioData({ generate, expected })\`.`]
  const problems: string[] = []
  const slugs = scenario.exercises.filter((e) => e.kind === 'sql').map((e) => e.id.slice(scenario.id.length + 1))
  for (const slug of slugs) {
    if (!data.expected[slug]) problems.push(`${where}: exercise ${scenario.id}/${slug} has no expected result computed in TypeScript: add one under '${slug}' in its \`expected\`.`)
  }
  for (const slug of Object.keys(data.expected)) {
    if (!slugs.includes(slug)) problems.push(`${where} has an expected result for "${slug}", which is not a SQL exercise of ${scenario.id}: fix the slug, or remove it.`)
  }
  return problems
}

/** An exercise that promises an order must have an ORDER BY and say what it orders by. */
function checkOrdering(exercise: SqlExercise): string[] {
  const problems: string[] = []
  const [scenarioId, slug] = exercise.id.split('/')
  const reference = scenarioFile(scenarioId, `${slug}.sql`)
  const inScenario = scenarioFile(scenarioId, 'scenario.ts')
  const hasOrderBy = /\border\s+by\b/i.test(stripSqlComments(exercise.reference))
  if (exercise.ordered && !hasOrderBy) problems.push(`${reference}: exercise ${exercise.id} says its rows are ordered, but its reference has no ORDER BY: add one, or drop orderBy in ${inScenario}.`)
  if (exercise.ordered && !exercise.orderBy?.length) problems.push(`${inScenario}: exercise ${exercise.id} is ordered but does not list its orderBy columns: name the output columns its order is by.`)
  if (!exercise.ordered && /\blimit\b/i.test(stripSqlComments(exercise.reference))) {
    problems.push(`${reference}: exercise ${exercise.id} uses LIMIT without a fixed order, so which rows it keeps is up to chance: add orderBy in ${inScenario} and an ORDER BY to the reference.`)
  }
  return problems
}

export function stripSqlComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '')
}

/** The reference without its final `LIMIT n`, and n, so a cut inside a tie can be spotted. */
export function splitFinalLimit(sql: string): { unlimited: string; limit: number } | undefined {
  const text = stripSqlComments(sql).trim().replace(/;\s*$/, '')
  const match = text.match(/\blimit\s+(\d+)\s*$/i)
  if (!match || match.index === undefined) return undefined
  return { unlimited: text.slice(0, match.index), limit: Number(match[1]) }
}
