/**
 * Answers a scenario folder keeps for the tools and tests (Node only, read from disk):
 * `<slug>.alt/` holds correct answers written differently from the reference, which must be
 * accepted; `<slug>.rejected/` holds further realistic mistakes, which must be rejected. Unlike
 * `<slug>.wrong/`, neither ships to the browser nor names a mistake to the learner.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type AnswerFolder = 'alt' | 'rejected'

export interface ScenarioAnswer {
  /** The file name, e.g. `correlated-subqueries.sql`. */
  name: string
  text: string
  /** `-- expect: <check id>` lines of a rejected data model: the checks it must fail. */
  expect: string[]
}

/** The `src/scenarios/<scenarioId>/<slug>.<folder>/*<ext>` files, sorted by name; none when the folder is absent. */
export function readScenarioAnswers(scenarioId: string, slug: string, folder: AnswerFolder, ext: string, root = 'src/scenarios'): ScenarioAnswer[] {
  const dir = join(root, scenarioId, `${slug}.${folder}`)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8')
      return { name, text, expect: [...text.matchAll(/^\s*--\s*expect:\s*(\S+)\s*$/gim)].map((m) => m[1]) }
    })
}
