/**
 * harness.py seals the interpreter before answers run: no `js`, `pyodide_js`, FFI, ctypes or gc.
 * Same in-process Pyodide as the hosts load it (python-runner.ts, the sandbox's jsglobals).
 */
import { loadPyodide } from 'pyodide'
import { beforeAll, describe, expect, it } from 'vitest'
import type { PythonCase, PythonRunOutcome } from '../../src/engine/python/types'
import { createPythonRunner, type PythonRunner } from '../../src/python-sandbox/python-runner'
import { createSandboxJsGlobals } from '../../src/python-sandbox/sandbox-js-globals'

let runner: PythonRunner

beforeAll(async () => {
  runner = createPythonRunner(await loadPyodide({ stdout: () => {}, stderr: () => {}, jsglobals: createSandboxJsGlobals() }))
})

const cases: PythonCase[] = [{ id: 'c', label: 'c', visibility: 'visible', steps: [{ kind: 'call', function: 'f', args: [] }] }]
const run = (code: string): PythonRunOutcome => runner.run(code, cases)
const failureOf = (outcome: PythonRunOutcome) => (outcome.ok ? undefined : outcome.failure)

describe('the sealed interpreter', () => {
  it.each([
    ['js at module level', 'import js\ndef f(): return 1', 'js'],
    ['js inside the function', 'def f():\n    import js\n    return js.process.env', 'js'],
    ['pyodide_js', 'from pyodide_js import _module\ndef f(): return 1', 'pyodide_js'],
    ['the FFI', 'from pyodide.ffi import to_js\ndef f(): return 1', 'pyodide'],
    ['the core module', 'import _pyodide_core\ndef f(): return 1', '_pyodide_core'],
    ['pyodide.code', 'import pyodide.code\ndef f(): return pyodide.code.run_js("1")', 'pyodide'],
    ['ctypes', 'import ctypes\ndef f(): return 1', 'ctypes'],
    ['gc', 'import gc\ndef f(): return len(gc.get_objects())', 'gc'],
    ['importlib', 'import importlib\ndef f(): return importlib.import_module("js")', 'js'],
    ['__import__', 'def f(): return __import__("js")', 'js'],
  ])('rejects %s as forbidden, naming the module', (_label, code, name) => {
    const failure = failureOf(run(code))
    expect(failure?.kind).toBe('forbidden')
    expect(failure?.message).toContain(`Your code tried to use \`${name}\`, which answers cannot reach`)
  })

  it('rejects an answer that catches the refusal and passes anyway', () => {
    const failure = failureOf(run('try:\n    import js\nexcept ImportError:\n    pass\ndef f(): return 1'))
    expect(failure?.kind).toBe('forbidden')
  })

  it('leaves nothing of the FFI in sys.modules, and the next answer runs normally', () => {
    const outcome = run(`import sys, json, datetime, collections\ndef f(): return sorted(m for m in sys.modules if m.split('.')[0] in ('js', 'pyodide', 'pyodide_js', '_pyodide', '_pyodide_core'))`)
    expect(outcome).toMatchObject({ ok: true, runs: [{ steps: [{ ok: true, value: [] }] }] })
  })

  it('puts the seal back when an answer removes it', () => {
    expect(run('import sys\nsys.meta_path.pop(0)\ndef f(): return 1').ok).toBe(true)
    expect(failureOf(run('import js\ndef f(): return 1'))?.kind).toBe('forbidden')
  })

  it('keeps what the harness tells the host even when an answer replaces json.dumps', () => {
    const outcome = run('import json\njson.dumps = lambda *a, **k: "{}"\ndef f(): return [1, 2]')
    expect(outcome).toMatchObject({ ok: true, runs: [{ steps: [{ ok: true, value: [1, 2] }] }] })
  })
})

describe('answers that rewrite Python or the harness', () => {
  it('names a replaced builtin that broke the grader', () => {
    const failure = failureOf(run('import builtins\nbuiltins.isinstance = lambda *a: True\nbuiltins.len = lambda o: 0\ndef f(): return [1]'))
    expect(failure?.kind).toBe('forbidden')
    expect(failure?.message).toContain("Your code replaced Python's built-in `isinstance`")
  })

  it('undoes a swapped harness helper before the next run', () => {
    const patch = `import sys\ndef f():\n    frame = sys._getframe(1)\n    while frame is not None:\n        if 'normalise' in frame.f_globals:\n            frame.f_globals['normalise'] = lambda value, depth=0: 'patched'\n        frame = frame.f_back\n    return 1`
    runner.run(patch, cases)
    expect(run('def f(): return [1, 2]')).toMatchObject({ ok: true, runs: [{ steps: [{ ok: true, value: [1, 2] }] }] })
  })
})
