/**
 * `npm run new-scenario -- <id> [--title "..."]`: writes `src/scenarios/<id>/`, a small working
 * scenario (one exercise of each kind) that passes `npm run scenarios:check -- <id>` as it is,
 * for a mentor to rewrite. Exit 0 written, 2 refused (bad id, folder exists, bad arguments).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { RESERVED_SCENARIO_IDS } from '../scenarios/reserved-ids'
import { scenarioTemplate } from './new-scenario/index'

const USAGE = 'usage: npm run new-scenario -- <id> [--title "Title shown in the catalog"]\n  <id>: lower-case words joined by hyphens, such as bike-rentals'

export async function main(args: string[], root = process.cwd()): Promise<number> {
  const titleAt = args.indexOf('--title')
  const title = titleAt >= 0 ? args[titleAt + 1]?.trim() : undefined
  const positional = args.filter((arg, i) => !arg.startsWith('--') && (titleAt < 0 || i !== titleAt + 1))
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--title')
  if (positional.length !== 1 || unknown.length > 0 || (titleAt >= 0 && !title)) return refuse(USAGE)
  const [id] = positional
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) {
    return refuse(`"${id}" is not a scenario id: use lower-case words joined by hyphens, starting with a letter, such as bike-rentals.`)
  }
  if (RESERVED_SCENARIO_IDS.includes(id)) return refuse(`"${id}" is reserved: #/mock/${id} is the mixed mock loop. Choose another id.`)
  const folder = join('src', 'scenarios', id)
  if (existsSync(join(root, folder))) return refuse(`${folder}/ already exists: choose another id, or move that folder away first.`)

  const files = scenarioTemplate({ id, title: title || titleFromId(id), name: nameFromId(id) })
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const target = join(root, folder, path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, text)
  }
  console.log(`Wrote ${folder}/ (${Object.keys(files).length} files): a working scenario with one exercise of each kind.

Next:
  npm run scenarios:check -- ${id}    proves it (it passes as written; run it after every change)
  npm run --silent grade -- --list     lists its exercises
  npm run dev                          shows it in the app (http://localhost:5173)
Then rewrite it, file by file: every "TO CHANGE" comment says what to replace. docs/authoring.md walks you through it.`)
  return 0
}

function refuse(message: string): number {
  console.error(message)
  return 2
}

/** `bike-rentals` -> `Bike rentals`. */
export function titleFromId(id: string): string {
  const words = id.split('-').join(' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** `bike-rentals` -> `bikeRentals`: the TypeScript name of the scenario's exports. */
export function nameFromId(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}
