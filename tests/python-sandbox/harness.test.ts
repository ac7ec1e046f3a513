/**
 * harness.py in an in-process Pyodide (one instance for the file: it takes 2–4 s to start).
 * Runs through python-runner.ts, the exact code the worker and the Node thread use.
 */
import { loadPyodide } from 'pyodide'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CaseRun, PythonCase, PythonRunOutcome, PythonStep, StepOutcome } from '../../src/engine/python/types'
import { OUTPUT_CAP, PYTHON_VALUE_MARKERS } from '../../src/python-sandbox/protocol'
import { createPythonRunner, handleRunRequest, type PythonRunner } from '../../src/python-sandbox/python-runner'

let runner: PythonRunner

beforeAll(async () => {
  const started = performance.now()
  runner = createPythonRunner(await loadPyodide({ stdout: () => {}, stderr: () => {} }))
  console.info(`cold loadPyodide + harness in-process: ${(performance.now() - started).toFixed(0)} ms`)
})

const call = (fn: string, ...args: PythonStep['args']): PythonStep => ({ kind: 'call', function: fn, args })
const aCase = (id: string, ...steps: PythonStep[]): PythonCase => ({ id, label: id, visibility: 'visible', steps })

function runs(outcome: PythonRunOutcome): CaseRun[] {
  if (!outcome.ok) throw new Error(`run failed: ${JSON.stringify(outcome.failure)}`)
  return outcome.runs
}

/** The value of the single call of `f()` in `code`. */
function valueOf(code: string): StepOutcome {
  return runs(runner.run(code, [aCase('c', call('f'))]))[0].steps[0]
}

describe('normalising return values', () => {
  it.each([
    ['naive datetime', 'import datetime as d\ndef f(): return d.datetime(2024, 6, 30, 8, 5, 9)', '2024-06-30T08:05:09'],
    ['aware UTC datetime', 'import datetime as d\ndef f(): return d.datetime(2024, 6, 30, 8, 5, 9, tzinfo=d.timezone.utc)', '2024-06-30T08:05:09+00:00'],
    ['aware datetime elsewhere, as the same instant in UTC', 'import datetime as d\ndef f(): return d.datetime(2024, 6, 30, 10, 0, tzinfo=d.timezone(d.timedelta(hours=2)))', '2024-06-30T08:00:00+00:00'],
    ['datetime with microseconds', 'import datetime as d\ndef f(): return d.datetime(2024, 6, 30, 8, 5, 9, 120)', '2024-06-30T08:05:09.000120'],
    ['date', 'import datetime as d\ndef f(): return d.date(2024, 2, 29)', '2024-02-29'],
    ['tuple', 'def f(): return (1, "a", (2, 3))', [1, 'a', [2, 3]]],
    ['set, numbers in numeric order', 'def f(): return {10, 2, 1}', [1, 2, 10]],
    ['frozenset of strings', 'def f(): return frozenset({"b", "a"})', ['a', 'b']],
    ['set of tuples', 'def f(): return {(2, "b"), (1, "a")}', [[1, 'a'], [2, 'b']]],
    ['dict keys as strings', 'import datetime as d\ndef f(): return {1: "i", True: "t", None: "n", d.date(2024, 1, 2): "d", (1, 2): "p"}', { 1: 't', null: 'n', '2024-01-02': 'd', '[1, 2]': 'p' }],
    ['nested containers', 'def f(): return {"a": [{"b": {3, 1}}, (None, 1.5)]}', { a: [{ b: [1, 3] }, [null, 1.5]] }],
    ['NaN', 'def f(): return float("nan")', PYTHON_VALUE_MARKERS.nan],
    ['infinity', 'def f(): return [float("inf"), -float("inf")]', [PYTHON_VALUE_MARKERS.positiveInfinity, PYTHON_VALUE_MARKERS.negativeInfinity]],
    ['a whole float stays a float (marked), an int stays an int', 'def f(): return [1.0, 1, 0.5, -0.0, 1e16, 2 / 2]', ['<float 1.0>', 1, 0.5, '<float -0.0>', '<float 1e+16>', '<float 1.0>']],
    ['a whole float as a dict key reads like json.dumps', 'def f(): return {1.0: "a", 2.5: "b"}', { '1.0': 'a', '2.5': 'b' }],
    ['bool stays bool', 'def f(): return [True, False]', [true, false]],
    ['IntEnum as its int', 'import enum\nclass E(enum.IntEnum):\n  A = 3\ndef f(): return E.A', 3],
    ['object as its repr, marked', 'class P:\n  def __repr__(self): return "P(1)"\ndef f(): return P()', '<repr P(1)>'],
    ['generator as its repr, marked', 'def f(): return (x for x in [1])', expect.stringMatching(/^<repr <generator object/)],
  ])('%s', (_label, code, expected) => {
    expect(valueOf(code)).toEqual({ ok: true, value: expected })
  })

  it('cuts a list that contains itself instead of recursing forever', () => {
    const outcome = valueOf('def f():\n  a = []\n  a.append(a)\n  return a')
    expect(outcome.ok).toBe(true)
    expect(JSON.stringify(outcome)).toContain('"<repr too deeply nested>"')
  })

  it('passes arguments and keyword arguments as JSON values', () => {
    const outcome = runner.run('def f(a, b, *, c=0): return [a, b, c]', [
      aCase('c', { kind: 'call', function: 'f', args: ['2024-06-30', { k: [1] }], kwargs: { c: null } }),
    ])
    expect(runs(outcome)[0].steps).toEqual([{ ok: true, value: ['2024-06-30', { k: [1] }, null] }])
  })

  it('constructs one instance per case and calls its methods', () => {
    const code = 'class Counter:\n  def __init__(self, start):\n    self.n = start\n  def add(self, k=1):\n    self.n += k\n    return self.n\n'
    const steps: PythonStep[] = [
      { kind: 'construct', class: 'Counter', args: [10] },
      { kind: 'method', method: 'add', args: [] },
      { kind: 'method', method: 'add', args: [], kwargs: { k: 5 } },
    ]
    const [first, second] = runs(runner.run(code, [aCase('a', ...steps), aCase('b', ...steps)]))
    expect(first.steps).toEqual([{ ok: true, value: null }, { ok: true, value: 11 }, { ok: true, value: 16 }])
    expect(second.steps).toEqual(first.steps) // a fresh instance, not the first case's
  })
})

describe('errors', () => {
  it("reports each step's exception with the line in the learner's code, and stops that case only", () => {
    const code = 'def helper(x):\n    return 10 // x\n\ndef f(x):\n    return helper(x)\n'
    const [failing, next] = runs(runner.run(code, [aCase('a', call('f', 5), call('f', 0), call('f', 1)), aCase('b', call('f', 2))]))
    expect(failing.steps).toHaveLength(2)
    expect(failing.steps[0]).toEqual({ ok: true, value: 2 })
    const error = (failing.steps[1] as Extract<StepOutcome, { ok: false }>).error
    expect(error).toMatchObject({ type: 'ZeroDivisionError', message: expect.stringContaining('division by zero'), line: 2 })
    // The traceback shows the learner's frames and source, never the harness's.
    expect(error.traceback).toContain('File "answer.py", line 5, in f')
    expect(error.traceback).toContain('return 10 // x')
    expect(error.traceback).not.toContain('harness')
    expect(next.steps).toEqual([{ ok: true, value: 5 }])
  })

  it('reports a missing method, SystemExit and input() as step errors', () => {
    const code = 'import sys\nclass C:\n  pass\ndef f():\n  sys.exit(3)\ndef g():\n  return input()\n'
    const [a, b, c] = runs(runner.run(code, [
      aCase('a', { kind: 'construct', class: 'C', args: [] }, { kind: 'method', method: 'nope', args: [] }),
      aCase('b', call('f')),
      aCase('c', call('g')),
    ]))
    expect(a.steps[1]).toMatchObject({ ok: false, error: { type: 'AttributeError' } })
    expect(b.steps[0]).toMatchObject({ ok: false, error: { type: 'SystemExit', line: 5 } })
    expect(c.steps[0]).toMatchObject({ ok: false, error: { type: 'EOFError', line: 7 } })
  })

  it('reports a syntax error with its line', () => {
    const outcome = runner.run('def f(x):\n    y = 1\n    return x +\n', [aCase('c', call('f', 1))])
    expect(outcome).toEqual({ ok: false, failure: { kind: 'syntax', line: 3, message: expect.stringMatching(/^SyntaxError on line 3: /) } })
  })

  it('reports an indentation error as a syntax failure', () => {
    const outcome = runner.run('def f(x):\nreturn x\n', [aCase('c', call('f', 1))])
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'syntax', line: 2, message: expect.stringContaining('IndentationError') } })
  })

  it('names what to define when a function or class is missing', () => {
    const outcome = runner.run('x = 1\n', [aCase('c', call('parse_event', {}))])
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'missing-name', message: expect.stringContaining('def parse_event(...)') } })
    const cls = runner.run('def tracker(): pass\n', [aCase('c', { kind: 'construct', class: 'SessionTracker', args: [] })])
    expect(cls).toMatchObject({ ok: false, failure: { kind: 'missing-name', message: expect.stringContaining('class SessionTracker') } })
    const extra = runner.run('def f(): pass\n', [aCase('c', call('f'))], ['helper'])
    expect(extra).toMatchObject({ ok: false, failure: { kind: 'missing-name', message: expect.stringContaining('helper') } })
    const notCallable = runner.run('f = 3\n', [aCase('c', call('f'))])
    expect(notCallable).toMatchObject({ ok: false, failure: { kind: 'missing-name', message: expect.stringContaining('should be a function') } })
  })

  it('reports an exception while the module loads as a crash on its line', () => {
    const outcome = runner.run('import json\nrows = json.loads("{")\ndef f(): pass\n', [aCase('c', call('f'))])
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'crash', line: 2, message: expect.stringContaining('JSONDecodeError on line 2') } })
  })

  it('reports running out of memory as a memory failure', () => {
    expect(runner.run('def f(): return [0] * 10**9', [aCase('c', call('f'))])).toMatchObject({ ok: false, failure: { kind: 'memory' } })
    // ...and the interpreter is still usable afterwards.
    expect(valueOf('def f(): return 1')).toEqual({ ok: true, value: 1 })
  })

  it('reports deep recursion as a RecursionError step', () => {
    expect(valueOf('def f(n=0): return f(n + 1)')).toMatchObject({ ok: false, error: { type: 'RecursionError', line: 1 } })
  })

  it('turns an interrupt into an `interrupted` reply, not a result', () => {
    // What the worker sees when the client's SIGINT lands: KeyboardInterrupt out of the harness.
    const reply = handleRunRequest(runner, { id: 7, type: 'run', code: 'def f(): raise KeyboardInterrupt', cases: [aCase('c', call('f'))], requiredNames: [] })
    expect(reply).toEqual({ id: 7, type: 'interrupted' })
  })
})

describe('printed output', () => {
  it('is captured per case, with top-level prints shown with the first case', () => {
    const code = 'print("loading")\ndef f(x):\n    print("got", x)\n    return x\n'
    const [a, b] = runs(runner.run(code, [aCase('a', call('f', 1)), aCase('b', call('f', 2))]))
    expect(a.stdout).toBe('loading\ngot 1\n')
    expect(b.stdout).toBe('got 2\n')
  })

  it('includes stderr and is cut after the cap', () => {
    const code = 'import sys\ndef f():\n    print("oops", file=sys.stderr)\n    for i in range(100_000):\n        print("line", i)\n'
    const stdout = runs(runner.run(code, [aCase('c', call('f'))]))[0].stdout
    expect(stdout.startsWith('oops\nline 0\n')).toBe(true)
    expect(stdout.endsWith('\n… output cut')).toBe(true)
    expect(stdout.length).toBe(OUTPUT_CAP + '\n… output cut'.length)
  })
})

describe('isolation between runs', () => {
  it('gives every run a fresh namespace', () => {
    runner.run('seen = []\ndef f():\n    seen.append(1)\n    return len(seen)\n', [aCase('c', call('f'), call('f'))])
    const second = runner.run('def f():\n    return "seen" in globals()\n', [aCase('c', call('f'))])
    expect(runs(second)[0].steps).toEqual([{ ok: true, value: false }])
    // A name defined by an earlier answer is missing, not silently reused.
    expect(runner.run('x = 1\n', [aCase('c', call('f'))])).toMatchObject({ ok: false, failure: { kind: 'missing-name' } })
  })

  it('puts back builtins and the recursion limit an answer changed', () => {
    const first = runner.run('import builtins, sys\nbuiltins.len = lambda x: 42\nbuiltins.helper = 1\nsys.setrecursionlimit(60)\ndef f(): return len([1])\n', [aCase('c', call('f'))])
    expect(runs(first)[0].steps).toEqual([{ ok: true, value: 42 }])
    expect(valueOf('import builtins, sys\ndef f(): return [len([1, 2]), hasattr(builtins, "helper"), sys.getrecursionlimit() > 60]')).toEqual({ ok: true, value: [2, false, true] })
  })

  it('cannot reach the harness by name', () => {
    expect(valueOf('import builtins\ndef f(): return "run_answer" in globals() or hasattr(builtins, "run_answer")')).toEqual({ ok: true, value: false })
  })

  it('reports elapsed time', () => {
    const outcome = runner.run('def f(): return 1', [aCase('c', call('f'))])
    expect(outcome.ok && outcome.elapsedMs).toBeGreaterThan(0)
  })
})
