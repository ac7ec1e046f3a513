import type { JsonValue, PythonCase, PythonStep } from './types'

export interface ShrinkOptions {
  /** Most predicate calls to make; each one re-runs Python, so this bounds the wait. */
  maxAttempts?: number
}

/**
 * Shrinks a failing case to a smaller one that still fails, so feedback shows 3 events instead
 * of 40. Greedy delta debugging: drop chunks of steps (never a `construct`, which later steps
 * need), then chunks of every list inside the arguments (events, users, friend_ids ...),
 * keeping each removal only while `stillFails` says the smaller case fails. The caller owns
 * the predicate because only it can re-run the learner's Python; it should usually compare
 * with the reference (see `caseFails`). Returns the input case unchanged when nothing smaller fails.
 */
export async function shrinkCase(c: PythonCase, stillFails: (candidate: PythonCase) => Promise<boolean>, options: ShrinkOptions = {}): Promise<PythonCase> {
  let attempts = options.maxAttempts ?? 200
  let best = c
  const tryCandidate = async (candidate: PythonCase): Promise<boolean> => {
    if (attempts <= 0) return false
    attempts--
    if (await stillFails(candidate)) {
      best = candidate
      return true
    }
    return false
  }

  // 1. Steps: never a construct, and never the last step that calls something.
  await shrinkList(best.steps, (steps) => (steps.some((s) => s.kind !== 'construct') ? { ...best, steps } : undefined), tryCandidate, (s) => s.kind !== 'construct')

  // 2. Lists inside arguments, outermost first; paths are re-found after every success.
  for (let pass = 0; pass < 3 && attempts > 0; pass++) {
    const before = JSON.stringify(best.steps)
    for (const path of listPaths(best.steps)) {
      const list = getAt(best.steps, path) as JsonValue[] | undefined
      if (!Array.isArray(list)) continue
      await shrinkList(list, (items) => ({ ...best, steps: setAt(best.steps, path, items) as PythonStep[] }), tryCandidate)
    }
    if (JSON.stringify(best.steps) === before) break
  }
  if (best === c) return c
  return { ...best, label: `${c.label} (shrunk from ${sizeOf(c)} to ${sizeOf(best)} values)` }
}

/** Removes chunks (halves, quarters ... single items) of `items` while the candidate still fails. */
async function shrinkList<T>(
  items: readonly T[],
  build: (items: T[]) => PythonCase | undefined,
  tryCandidate: (c: PythonCase) => Promise<boolean>,
  removable: (item: T) => boolean = () => true,
): Promise<void> {
  let current = [...items]
  for (let chunk = Math.max(1, Math.floor(current.length / 2)); chunk >= 1; chunk = Math.floor(chunk / 2)) {
    for (let start = 0; start < current.length; ) {
      const removed = current.slice(start, start + chunk)
      if (removed.length === 0 || !removed.every(removable)) {
        start += chunk
        continue
      }
      const candidate = [...current.slice(0, start), ...current.slice(start + chunk)]
      const built = build(candidate)
      if (built && (await tryCandidate(built))) current = candidate
      else start += chunk
    }
  }
}

type Path = (string | number)[]

/** Paths of every non-empty list inside the steps' args and kwargs, outermost first. */
function listPaths(steps: readonly PythonStep[]): Path[] {
  const paths: Path[] = []
  const walk = (v: JsonValue, path: Path) => {
    if (Array.isArray(v)) {
      if (v.length > 0) paths.push(path)
      v.forEach((x, i) => walk(x, [...path, i]))
    } else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k])
  }
  steps.forEach((s, i) => {
    s.args.forEach((a, j) => walk(a, [i, 'args', j]))
    for (const [k, a] of Object.entries(s.kwargs ?? {})) walk(a, [i, 'kwargs', k])
  })
  return paths.sort((a, b) => a.length - b.length)
}

function getAt(root: unknown, path: Path): unknown {
  let v = root as Record<string | number, unknown> | undefined
  for (const p of path) v = v?.[p] as Record<string | number, unknown> | undefined
  return v
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value
  const [head, ...rest] = path
  if (Array.isArray(root)) return root.map((x, i) => (i === head ? setAt(x, rest, value) : x))
  const obj = root as Record<string, unknown>
  return { ...obj, [head]: setAt(obj[head as string], rest, value) }
}

/** Steps plus list entries: a rough size, for the label's "shrunk from 40 to 3". */
function sizeOf(c: PythonCase): number {
  let n = c.steps.length
  const count = (v: unknown) => {
    if (Array.isArray(v)) {
      n += v.length
      v.forEach(count)
    } else if (v !== null && typeof v === 'object') Object.values(v).forEach(count)
  }
  c.steps.forEach((s) => count([s.args, s.kwargs ?? {}]))
  return n
}
