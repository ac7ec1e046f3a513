import { floatMarkerText, floatText } from './python-values'
import type { JsonValue, PythonStep } from './types'

/**
 * Python-looking text for JSON values, so feedback reads like the learner's own code:
 * `{'user_id': 1, 'is_bounce': True}`, `None`. Long values are abbreviated with a count of
 * what was left out, never silently cut.
 */
export function reprPython(v: JsonValue | undefined, budget = Infinity): string {
  if (v === undefined) return '(nothing)'
  if (v === null) return 'None'
  if (typeof v === 'boolean') return v ? 'True' : 'False'
  if (typeof v === 'number') return reprNumber(v)
  if (typeof v === 'string') return floatMarkerText(v) ?? reprString(v, budget)
  const full = Array.isArray(v) ? `[${v.map((x) => reprPython(x)).join(', ')}]` : `{${Object.entries(v).map(([k, x]) => `${reprString(k)}: ${reprPython(x)}`).join(', ')}}`
  if (full.length <= budget) return full
  const parts = Array.isArray(v) ? v.map((x) => reprPython(x, Math.max(40, budget / 2))) : Object.entries(v).map(([k, x]) => `${reprString(k)}: ${reprPython(x, Math.max(40, budget / 2))}`)
  const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}']
  let text = open
  let shown = 0
  for (const part of parts) {
    if (shown > 0 && text.length + part.length > budget) break
    text += (shown > 0 ? ', ' : '') + part
    shown++
  }
  const rest = parts.length - shown
  const noun = Array.isArray(v) ? (rest === 1 ? 'entry' : 'entries') : rest === 1 ? 'key' : 'keys'
  return rest > 0 ? `${text}, … ${rest} more ${noun} left out${close}` : text + close
}

/** A JSON number: whole ones are ints (a whole float arrives as a marker), others floats. */
function reprNumber(n: number): string {
  return Number.isInteger(n) ? BigInt(n).toString() : floatText(n)
}

function reprString(s: string, budget = Infinity): string {
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')
  const quoted = body.includes("'") && !body.includes('"') ? `"${body}"` : `'${body.replace(/'/g, "\\'")}'`
  return quoted.length <= budget ? quoted : quoted.slice(0, Math.max(10, budget - 2)) + "…'"
}

/** An argument in a call line: short values in full, long ones as `[...7 entries...]`. */
export function reprArgument(v: JsonValue, budget = 80): { text: string; abbreviated: boolean } {
  const full = reprPython(v)
  // One event dict reads better whole than as {...4 keys...}; lists are what make calls long.
  const limit = v !== null && typeof v === 'object' && !Array.isArray(v) ? budget * 1.5 : budget
  if (full.length <= limit) return { text: full, abbreviated: false }
  if (Array.isArray(v)) return { text: `[...${v.length} ${v.length === 1 ? 'entry' : 'entries'}...]`, abbreviated: true }
  if (v !== null && typeof v === 'object') {
    const n = Object.keys(v).length
    return { text: `{...${n} ${n === 1 ? 'key' : 'keys'}...}`, abbreviated: true }
  }
  return { text: reprPython(v, budget), abbreviated: true }
}

/** The name a step calls: `detect_engagement_anomalies`, `UserEngagementProcessor`, `get_daily_metrics`. */
export function stepName(step: PythonStep): string {
  return step.kind === 'call' ? step.function : step.kind === 'construct' ? step.class : step.method
}

/** A call line up to this many characters is shown whole: an input this small is read at a glance. */
export const CALL_LINE_FULL = 400

/**
 * A step as the line of Python that makes it. A line up to `lineBudget` characters is shown
 * whole; a longer one has its long arguments abbreviated (`[...40 entries...]`), and
 * `abbreviated` lists those arguments (by parameter name when known) so the caller can show them
 * on their own lines.
 */
export function formatStep(
  step: PythonStep,
  paramNames: readonly string[] = [],
  lineBudget = CALL_LINE_FULL,
): { text: string; abbreviated: Array<{ name: string; value: JsonValue }> } {
  const whole = callText(step, (v) => reprPython(v))
  if (whole.length <= lineBudget) return { text: whole, abbreviated: [] }
  const abbreviated: Array<{ name: string; value: JsonValue }> = []
  const parts = step.args.map((arg, i) => {
    const { text, abbreviated: cut } = reprArgument(arg)
    if (cut) abbreviated.push({ name: paramNames[i] ?? `argument ${i + 1}`, value: arg })
    return text
  })
  for (const [key, arg] of Object.entries(step.kwargs ?? {})) {
    const { text, abbreviated: cut } = reprArgument(arg)
    if (cut) abbreviated.push({ name: key, value: arg })
    parts.push(`${key}=${text}`)
  }
  const prefix = step.kind === 'method' ? 'obj.' : step.kind === 'construct' ? 'obj = ' : ''
  return { text: `${prefix}${stepName(step)}(${parts.join(', ')})`, abbreviated }
}

/**
 * The failing case as Python a learner can paste under their code and run: every call up to
 * the failing one, each argument in full (never abbreviated), the failing call printed.
 */
export function formatCaseSnippet(steps: readonly PythonStep[], failedStep: number): string {
  const lines: string[] = []
  steps.slice(0, failedStep + 1).forEach((step, i) => {
    const call = callText(step, (v) => reprPython(v))
    lines.push(step.kind === 'construct' || i !== failedStep ? call : `print(${call})`)
  })
  return lines.join('\n')
}

/** `obj = Cls(...)`, `obj.method(...)` or `function(...)`, each argument written by `show`. */
function callText(step: PythonStep, show: (v: JsonValue) => string): string {
  const args = [...step.args.map(show), ...Object.entries(step.kwargs ?? {}).map(([k, v]) => `${k}=${show(v)}`)].join(', ')
  const prefix = step.kind === 'method' ? 'obj.' : step.kind === 'construct' ? 'obj = ' : ''
  return `${prefix}${stepName(step)}(${args})`
}

/**
 * A value as Python would print it, spread over lines like `pprint` when it does not fit on
 * one (each entry of a long list or dict on its own line, indented): what Run shows.
 */
export function formatPythonValue(v: JsonValue, width = 100, indent = ''): string {
  const flat = reprPython(v)
  if (flat.length + indent.length <= width || v === null || typeof v !== 'object') return flat
  const inner = indent + '    '
  const entries = Array.isArray(v)
    ? v.map((x) => inner + formatPythonValue(x, width, inner))
    : Object.entries(v).map(([k, x]) => `${inner}${reprPython(k)}: ${formatPythonValue(x, width, inner)}`)
  if (entries.length === 0) return flat
  const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}']
  return `${open}\n${entries.join(',\n')}\n${indent}${close}`
}
