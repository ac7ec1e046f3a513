/**
 * `src/scenarios/<id>/<slug>.equivalent-mutants`: the surviving mutants of an exercise's
 * reference that are equivalent to it, or differ only where the statement leaves room.
 *
 * Format, one mutant per line: `<mutant id> -- <reason a mentor can check>`, where the id is
 * exactly what `npm run scenarios:check` prints for a survivor (`<family>: <line before> =>
 * <line after>`, ` #n` for the n-th identical change). Blank lines and lines starting with
 * `#` are ignored. The id names the changed line's text, not its number, so editing other
 * lines of the reference leaves the file valid.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface EquivalentMutant {
  id: string
  reason: string
  /** 1-based line in the file. */
  line: number
}

/** Where an exercise's list lives, relative to the project root. */
export function equivalentMutantsPath(exerciseId: string): string {
  const [scenario, slug] = exerciseId.split('/')
  return join('src', 'scenarios', scenario, `${slug}.equivalent-mutants`)
}

/** Reads the list (empty when the file does not exist); lines without a reason are returned as problems. */
export function readEquivalentMutants(path: string): { entries: EquivalentMutant[]; problems: string[] } {
  if (!existsSync(path)) return { entries: [], problems: [] }
  return parseEquivalentMutants(readFileSync(path, 'utf8'), path)
}

/** Parses the text of a `.equivalent-mutants` file (see the format above). */
export function parseEquivalentMutants(text: string, path: string): { entries: EquivalentMutant[]; problems: string[] } {
  const entries: EquivalentMutant[] = []
  const problems: string[] = []
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const at = line.indexOf(' -- ')
    const reason = at < 0 ? '' : line.slice(at + 4).trim()
    if (!reason) problems.push(`${path} line ${i + 1} has no reason: write "<mutant id> -- <why it cannot change the result>".`)
    else entries.push({ id: line.slice(0, at).trim(), reason, line: i + 1 })
  })
  return { entries, problems }
}
