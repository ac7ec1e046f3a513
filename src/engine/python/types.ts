/**
 * The plain-data contract between the Python code grader (pure, here in the engine), the
 * Python sandbox (Pyodide in a worker, which runs the learner's code) and the TypeScript
 * reference implementations. Everything crossing the worker boundary is JSON.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

/**
 * One step of a case. A case either calls module-level functions, or constructs one
 * instance of a class and then calls methods on it (the way the contract drives classes).
 */
export type PythonStep =
  | { kind: 'call'; function: string; args: JsonValue[]; kwargs?: Record<string, JsonValue> }
  | { kind: 'construct'; class: string; args: JsonValue[]; kwargs?: Record<string, JsonValue> }
  | { kind: 'method'; method: string; args: JsonValue[]; kwargs?: Record<string, JsonValue> }

export interface PythonCase {
  id: string
  /** Shown to the learner: "a post_view event on a new session". */
  label: string
  /** Visible cases are shown in full and run by Run; hidden ones only by Submit. */
  visibility: 'visible' | 'hidden' | 'random'
  steps: PythonStep[]
  /**
   * The statement's rule this case checks, in the statement's words ("a drop equal to the
   * threshold is not flagged"); quoted beside the case when it fails.
   */
  rule?: string
}

/** What one step produced, normalised on the Python side per the contract (datetime -> ISO text, tuple -> list, set -> sorted list). */
export type StepOutcome =
  | { ok: true; value: JsonValue }
  | { ok: false; error: { type: string; message: string; /** 1-based line in the learner's code */ line?: number; traceback?: string } }

/** One case as the sandbox ran it. `steps` stops after the first failing step. */
export interface CaseRun {
  caseId: string
  steps: StepOutcome[]
  /** Printed output, capped. */
  stdout: string
}

/** A whole run of the learner's code over some cases. */
export type PythonRunOutcome =
  | { ok: true; runs: CaseRun[]; elapsedMs: number }
  | {
      ok: false
      failure: {
        /** 'forbidden': the answer reached for a module that leads out of the sandbox (`js`, the FFI). */
        kind: 'syntax' | 'missing-name' | 'timeout' | 'memory' | 'crash' | 'forbidden'
        message: string
        line?: number
      }
    }
