import type { JsonValue, PythonCase, PythonStep } from './types'

/** Small builders so case files read like the Python they stand for. */
export const call = (fn: string, args: JsonValue[], kwargs?: Record<string, JsonValue>): PythonStep =>
  kwargs ? { kind: 'call', function: fn, args, kwargs } : { kind: 'call', function: fn, args }

export const construct = (cls: string, args: JsonValue[] = [], kwargs?: Record<string, JsonValue>): PythonStep =>
  kwargs ? { kind: 'construct', class: cls, args, kwargs } : { kind: 'construct', class: cls, args }

export const method = (name: string, args: JsonValue[], kwargs?: Record<string, JsonValue>): PythonStep =>
  kwargs ? { kind: 'method', method: name, args, kwargs } : { kind: 'method', method: name, args }

/**
 * Numbers the cases of one group: `<prefix>-1`, `<prefix>-2`, ... in the order given. A third
 * entry is the statement's rule the case checks, quoted in the feedback when it fails.
 */
export function numberCases(
  prefix: string,
  visibility: PythonCase['visibility'],
  cases: Array<[label: string, steps: PythonStep[], rule?: string]>,
): PythonCase[] {
  return cases.map(([label, steps, rule], i) => ({ id: `${prefix}-${i + 1}`, label, visibility, steps, ...(rule ? { rule } : {}) }))
}

/** `YYYY-MM-DDTHH:MM:SS` for `base` (an ISO text, read as UTC) plus `seconds`. */
export function isoPlus(base: string, seconds: number, suffix = ''): string {
  return new Date(Date.parse(base + 'Z') + seconds * 1000).toISOString().slice(0, 19) + suffix
}
