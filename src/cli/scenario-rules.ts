import { z } from 'zod'
import type { Scenario, ScenarioData, SqlExercise } from '../scenarios/types'

/**
 * Structural rules a scenario must follow, checked before any SQL runs.
 * Each problem is a sentence a mentor can act on without reading this code.
 */
const wrongAnswerSchema = z.object({
  name: z.string().min(1),
  mistake: z.string().min(1, 'has no "-- mistake:" line'),
  hint: z.string().min(1, 'has no "-- hint:" line'),
  sql: z.string().min(1),
})

const sqlExerciseSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must look like "scenario-id/exercise-slug" in lower case'),
  kind: z.literal('sql'),
  title: z.string().min(3, 'needs a title'),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  statement: z.string().min(80, 'needs a statement of at least a few sentences'),
  hints: z.array(z.string().min(1)).min(1, 'needs at least one hint'),
  reference: z.string().min(1, 'needs a reference query'),
  wrongAnswers: z.array(wrongAnswerSchema).min(5, 'needs at least five known-wrong answers in its .wrong folder'),
})

const scenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case words joined by hyphens'),
  title: z.string().min(3),
  summary: z.string().min(10),
  story: z.string().min(80, 'needs a story of at least a few sentences'),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-06-30'),
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.object({ name: z.string() })).min(1) })).min(1),
  variants: z
    .array(z.object({ key: z.string(), seed: z.number().int() }))
    .min(3, 'needs the visible dataset and at least two hidden variants'),
})

/**
 * Returns plain-sentence problems; an empty list means the scenario's shape is fine. `data` is
 * the scenario's entry in the data registry (undefined when it has none). Loads the known-wrong
 * answers, which is why it is async.
 */
export async function checkScenarioShape(scenario: Scenario, data: ScenarioData | undefined): Promise<string[]> {
  const problems: string[] = []
  const describe = (where: string, error: z.ZodError) =>
    error.issues.forEach((issue) => problems.push(`${where}${issue.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue.message}`))
  const parsed = scenarioSchema.safeParse(scenario)
  if (!parsed.success) describe(`Scenario ${scenario.id}`, parsed.error)
  if (scenario.variants[0]?.key !== 'visible') problems.push(`Scenario ${scenario.id}: the first dataset variant must be called "visible".`)
  const seen = new Set<string>()
  for (const exercise of scenario.exercises) {
    if (seen.has(exercise.id)) problems.push(`Exercise ${exercise.id} is listed twice.`)
    seen.add(exercise.id)
    if (!exercise.id.startsWith(`${scenario.id}/`)) problems.push(`Exercise ${exercise.id} must start with its scenario id "${scenario.id}/".`)
    if (exercise.kind !== 'sql') continue
    const result = sqlExerciseSchema.safeParse({ ...exercise, wrongAnswers: await exercise.loadWrongAnswers() })
    if (!result.success) describe(`Exercise ${exercise.id}`, result.error)
    problems.push(...checkOrdering(exercise))
  }
  problems.push(...checkScenarioData(scenario, data))
  return problems
}

/** The scenario has Node-only data, with one TypeScript re-computation per SQL exercise and none for an exercise it lacks. */
function checkScenarioData(scenario: Scenario, data: ScenarioData | undefined): string[] {
  const where = `src/scenarios/${scenario.id}/scenario-data.ts`
  if (!data) return [`Scenario ${scenario.id} has no generator or expected results: add ${where} with \`export default defineScenarioData({ generate, expected })\`.`]
  const problems: string[] = []
  const slugs = scenario.exercises.filter((e) => e.kind === 'sql').map((e) => e.id.slice(scenario.id.length + 1))
  for (const slug of slugs) {
    if (!data.expected[slug]) problems.push(`Exercise ${scenario.id}/${slug} has no expected result computed in TypeScript: add one under "${slug}" in ${where}.`)
  }
  for (const slug of Object.keys(data.expected)) {
    if (!slugs.includes(slug)) problems.push(`${where} has an expected result for "${slug}", which is not a SQL exercise of ${scenario.id}.`)
  }
  return problems
}

/** An exercise that promises an order must have an ORDER BY and say what it orders by. */
function checkOrdering(exercise: SqlExercise): string[] {
  const problems: string[] = []
  const hasOrderBy = /\border\s+by\b/i.test(stripSqlComments(exercise.reference))
  if (exercise.ordered && !hasOrderBy) problems.push(`Exercise ${exercise.id} says its rows are ordered, but its reference has no ORDER BY.`)
  if (exercise.ordered && !exercise.orderBy?.length) problems.push(`Exercise ${exercise.id} is ordered but does not list its orderBy columns.`)
  if (!exercise.ordered && /\blimit\b/i.test(stripSqlComments(exercise.reference))) {
    problems.push(`Exercise ${exercise.id} uses LIMIT without a fixed order: which rows it keeps is up to chance.`)
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
