import { PyError } from './python-semantics'
import type { JsonValue, PythonStep, StepOutcome } from './types'

/** A parameter: its name, and its default when it has one (`required` otherwise). */
export type Param = readonly [name: string, fallback?: JsonValue]

export interface PyCallable {
  params: readonly Param[]
  call(values: JsonValue[]): JsonValue
}

export interface PyClass {
  params: readonly Param[]
  /** Builds an instance; returns its methods (bound, without `self`). */
  create(values: JsonValue[]): Record<string, PyCallable>
}

/** What a reference offers the step interpreter: module-level functions and classes. */
export interface ReferenceModule {
  functions?: Record<string, PyCallable>
  classes?: Record<string, PyClass>
}

/**
 * Python's argument binding: positionals fill parameters in order, keywords by name, the
 * rest take their defaults; too many, unknown, repeated or missing arguments raise TypeError.
 */
export function bindArgs(name: string, params: readonly Param[], args: readonly JsonValue[], kwargs: Record<string, JsonValue> = {}): JsonValue[] {
  if (args.length > params.length) {
    throw new PyError('TypeError', `${name}() takes ${params.length} positional arguments but ${args.length} were given`)
  }
  const values: (JsonValue | undefined)[] = params.map((_, i) => args[i])
  for (const [key, value] of Object.entries(kwargs)) {
    const i = params.findIndex(([p]) => p === key)
    if (i < 0) throw new PyError('TypeError', `${name}() got an unexpected keyword argument '${key}'`)
    if (i < args.length) throw new PyError('TypeError', `${name}() got multiple values for argument '${key}'`)
    values[i] = value
  }
  return params.map(([p, ...rest], i) => {
    const v = values[i]
    if (v !== undefined) return v
    if (rest.length === 0) throw new PyError('TypeError', `${name}() missing 1 required positional argument: '${p}'`)
    return rest[0] as JsonValue
  })
}

/**
 * Runs a case's steps against a reference, the way the sandbox runs them against the learner's
 * code: `call` a function, `construct` the one instance, `method` on it. Stops after the first
 * step that raises, like a `CaseRun`. A JavaScript error that is not a `PyError` is a bug in
 * the reference and is thrown, never graded.
 */
export function runSteps(steps: readonly PythonStep[], module: ReferenceModule): StepOutcome[] {
  const outcomes: StepOutcome[] = []
  let instance: Record<string, PyCallable> | undefined
  for (const step of steps) {
    try {
      let value: JsonValue
      if (step.kind === 'call') {
        const fn = module.functions?.[step.function]
        if (!fn) throw new PyError('NameError', `name '${step.function}' is not defined`)
        value = fn.call(bindArgs(step.function, fn.params, step.args, step.kwargs))
      } else if (step.kind === 'construct') {
        const cls = module.classes?.[step.class]
        if (!cls) throw new PyError('NameError', `name '${step.class}' is not defined`)
        instance = cls.create(bindArgs(`${step.class}.__init__`, cls.params, step.args, step.kwargs))
        value = null
      } else {
        if (!instance) throw new PyError('RuntimeError', `no instance was constructed before calling ${step.method}`)
        const method = instance[step.method]
        if (!method) throw new PyError('AttributeError', `object has no attribute '${step.method}'`)
        value = method.call(bindArgs(step.method, method.params, step.args, step.kwargs))
      }
      outcomes.push({ ok: true, value })
    } catch (error) {
      if (!(error instanceof PyError)) throw error
      outcomes.push({ ok: false, error: { type: error.type, message: error.message } })
      break
    }
  }
  return outcomes
}
