/**
 * The Pyodide-owning core shared by the browser worker, the Node thread and the tests:
 * loads harness.py once into its own namespace and turns run requests into responses.
 * No Worker, DOM or Node API here, so every host runs exactly the same code.
 */
import type { PyodideAPI } from 'pyodide'
import type { PythonCase, PythonRunOutcome } from '../engine/python/types'
import harnessSource from './harness.py?raw'
import type { PythonFailure, PythonWorkerResponse, RunRequest } from './protocol'

/** Runs answers in one Pyodide instance. */
export interface PythonRunner {
  /** Throws what Pyodide throws (KeyboardInterrupt on an interrupt, JS errors when it breaks). */
  run(code: string, cases: PythonCase[], requiredNames?: string[]): PythonRunOutcome
}

type RunAnswer = ((source: string, casesJson: string, requiredJson: string) => string) & { destroy(): void }
type SealInterpreter = (() => void) & { destroy(): void }

/** Modules Pyodide serves from JavaScript; answers must not import them (see harness.py). */
const JS_MODULES = ['js', 'pyodide_js']

/**
 * Loads the harness into `pyodide` (a few ms), seals the interpreter (no `js`, `pyodide_js` or
 * FFI for answers) and returns a runner over it. After this the host must only call the runner:
 * `pyodide.runPython` and friends need the modules the seal took away.
 */
export function createPythonRunner(pyodide: PyodideAPI): PythonRunner {
  // The harness lives in its own dict, not in pyodide.globals, so answers cannot reach it by name.
  const namespace = pyodide.globals.get('dict')()
  pyodide.runPython(harnessSource, { globals: namespace, filename: 'harness.py' })
  const runAnswer = namespace.get('run_answer') as RunAnswer
  const seal = namespace.get('seal_interpreter') as SealInterpreter
  namespace.destroy()
  for (const name of JS_MODULES) pyodide.unregisterJsModule(name)
  seal()
  seal.destroy()
  return {
    run(code, cases, requiredNames = []) {
      const started = performance.now()
      const outcome = JSON.parse(runAnswer(code, JSON.stringify(cases), JSON.stringify(requiredNames))) as PythonRunOutcome
      // Includes normalising values and JSON: what the learner waits for is the whole run.
      return outcome.ok ? { ...outcome, elapsedMs: performance.now() - started } : outcome
    },
  }
}

/** Answers one run request; never throws. */
export function handleRunRequest(runner: PythonRunner, request: RunRequest): PythonWorkerResponse {
  const { id } = request
  try {
    return { id, type: 'result', outcome: runner.run(request.code, request.cases, request.requiredNames) }
  } catch (error) {
    if (isPythonError(error)) {
      if (error.type === 'KeyboardInterrupt') return { id, type: 'interrupted' }
      // Only a harness bug gets here (answers' errors are caught inside it); Python itself is fine.
      return { id, type: 'result', outcome: { ok: false, failure: { kind: 'crash', message: `The grader failed: ${lastLine(error.message)}` } } }
    }
    return { id, type: 'broken', failure: describeBrokenInterpreter(error) }
  }
}

/** Turns a JS-level failure of the interpreter into what the learner is told. */
export function describeBrokenInterpreter(error: unknown): PythonFailure {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  // Node's permission model (sealed grading) refused something the answer reached for.
  if ((error as { code?: unknown } | null)?.code === 'ERR_ACCESS_DENIED' || /Access to this API has been restricted/.test(text)) {
    return {
      kind: 'forbidden',
      message: 'Your code tried to reach the computer running the grader (its files, processes or network), which answers cannot do. Remove that part; plain Python is all the exercise needs.',
    }
  }
  if (error instanceof RangeError || /memory|call stack/i.test(text)) {
    return {
      kind: 'memory',
      message: 'Your code used more memory (or deeper recursion) than Python here can give it, and was stopped. Look for data that keeps growing or recursion without an end.',
    }
  }
  return { kind: 'crash', message: `Python stopped unexpectedly (${lastLine(text)}). It has been restarted; run your code again.` }
}

function isPythonError(error: unknown): error is Error & { type: string } {
  return error instanceof Error && error.constructor.name === 'PythonError' && typeof (error as { type?: unknown }).type === 'string'
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n')
  return lines[lines.length - 1] ?? text
}
