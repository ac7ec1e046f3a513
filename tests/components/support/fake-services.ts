/**
 * Fake sandbox and grader, controllable per test. Replaces `src/shared/services` via vi.mock.
 */
import { vi } from 'vitest'
import type { Services } from '../../../src/store/services'
import type { Grade } from '../../../src/engine/types'
import type { SqlGrader } from '../../../src/grading/sql-grader'
import type { PythonGrader } from '../../../src/grading/python-grader'
import type { ModelGrader } from '../../../src/grading/model-grader'
import type { ModelSpec } from '../../../src/engine/schema/types'
import type { PythonSandbox, PythonSandboxStatus } from '../../../src/python-sandbox/protocol'
import type { DatasetImage, PlanNode, RunResult, SandboxPlanOutcome, SandboxRunOutcome, SqlSandbox } from '../../../src/sql-sandbox/protocol'

export const okResult = (partial: Partial<RunResult> = {}): SandboxRunOutcome => ({
  ok: true,
  result: { columns: ['customer_id', 'revenue'], rows: [[1, 10.5], [2, null]], rowCount: 2, truncated: false, elapsedMs: 4, ...partial },
})

export const accepted: Grade = { verdict: 'accepted', score: 100, checks: [], feedback: ['Matches the reference on all 2 datasets.'] }

export const rejectedWithDiff: Grade = {
  verdict: 'rejected',
  score: 0,
  checks: [],
  feedback: ['Dataset visible: 1 row missing, 1 extra row.'],
  diff: {
    dataset: 'visible',
    expected: { columns: ['customer_id', 'revenue'], rows: [[1, 10.5], [2, 7]] },
    actual: { columns: ['customer_id', 'revenue'], rows: [[1, 10.5], [3, 99]] },
    missing: [1],
    extra: [1],
  },
}

/** A plan shaped like SQLite's for a CTE joined to a table, grouped and sorted. */
export const cteJoinPlan: PlanNode[] = [
  { id: 2, parent: 0, detail: 'CO-ROUTINE big_spenders' },
  { id: 8, parent: 2, detail: 'SCAN orders' },
  { id: 10, parent: 2, detail: 'USE TEMP B-TREE FOR GROUP BY' },
  { id: 46, parent: 0, detail: 'SCAN big_spenders' },
  { id: 49, parent: 0, detail: 'SEARCH c USING INDEX idx_customer_id (customer_id=?)' },
  { id: 60, parent: 0, detail: 'USE TEMP B-TREE FOR ORDER BY' },
]

export const okPlan = (nodes: PlanNode[] = cteJoinPlan): SandboxPlanOutcome => ({ ok: true, nodes })

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

export const fake = {
  run: vi.fn<SqlSandbox['run']>(),
  plan: vi.fn<SqlSandbox['plan']>(),
  load: vi.fn<SqlSandbox['load']>(),
  grade: vi.fn<SqlGrader['grade']>(),
  prepare: vi.fn<SqlGrader['prepare']>(),
  fetchImages: vi.fn<Services['fetchDatasetImages']>(),
  counterexample: vi.fn<SqlSandbox['counterexample']>(),
  created: 0,
  disposed: 0,
  /** Holds dataset loading until `releaseLoad()` when set. */
  holdLoad: false,
  releaseLoad: () => {},
}

/**
 * A fake Python sandbox: `start()` waits until `releaseStart()` when `holdStart` is set, so a
 * test can see the loading state; `setStatus` plays a restart after a stopped run.
 */
export const fakePython = {
  runVisible: vi.fn<PythonGrader['runVisible']>(),
  grade: vi.fn<PythonGrader['grade']>(),
  created: 0,
  disposed: 0,
  holdStart: false,
  releaseStart: () => {},
  setStatus: (_status: PythonSandboxStatus) => {},
}

function createFakePythonSandbox(): PythonSandbox {
  fakePython.created += 1
  let status: PythonSandboxStatus = 'idle'
  const listeners = new Set<(status: PythonSandboxStatus) => void>()
  const setStatus = (next: PythonSandboxStatus) => {
    status = next
    for (const listener of listeners) listener(next)
  }
  fakePython.setStatus = setStatus
  return {
    get status() {
      return status
    },
    onStatus(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start() {
      if (status === 'ready') return Promise.resolve()
      setStatus('loading')
      if (!fakePython.holdStart) {
        setStatus('ready')
        return Promise.resolve()
      }
      return new Promise<void>((resolve) => {
        fakePython.releaseStart = () => {
          setStatus('ready')
          resolve()
        }
      })
    },
    run: () => Promise.reject(new Error('the fake Python sandbox runs nothing: use the fake grader')),
    dispose() {
      fakePython.disposed += 1
      setStatus('idle')
      listeners.clear()
    },
  }
}

/** The data-model grader's stand-in: tests set what Run draws and what Submit returns. */
export const fakeModel = {
  describe: vi.fn<ModelGrader['describe']>(),
  grade: vi.fn<ModelGrader['grade']>(),
  spec: { id: 'test/data-model', entities: [], synonyms: {}, questions: [], passMark: 70 } as ModelSpec | undefined,
}

export function resetFakes(): void {
  fakeModel.describe.mockReset()
  fakeModel.grade.mockReset()
  fakeModel.spec = { id: 'test/data-model', entities: [], synonyms: {}, questions: [], passMark: 70 }
  fakePython.created = 0
  fakePython.disposed = 0
  fakePython.holdStart = false
  fakePython.runVisible.mockReset()
  fakePython.grade.mockReset().mockResolvedValue(accepted)
  fake.created = 0
  fake.disposed = 0
  fake.holdLoad = false
  fake.run.mockReset().mockResolvedValue(okResult())
  fake.plan.mockReset().mockResolvedValue(okPlan())
  fake.grade.mockReset().mockResolvedValue(accepted)
  fake.prepare.mockReset().mockResolvedValue(undefined)
  fake.counterexample.mockReset().mockResolvedValue({ ok: true, result: { found: false, reason: 'both queries agree on that dataset' } })
  fake.fetchImages.mockReset().mockImplementation(async (_id, keys) => keys.map((key): DatasetImage => ({ key, bytes: new Uint8Array() })))
  fake.load.mockReset().mockImplementation(async () => {
    if (fake.holdLoad) {
      const gate = deferred<void>()
      fake.releaseLoad = () => gate.resolve()
      await gate.promise
    }
    return ['orders']
  })
}

export const fakeServices: Services = {
  createSandbox: () => {
    fake.created += 1
    return {
      load: (...args) => fake.load(...args),
      run: (...args) => fake.run(...args),
      plan: (...args) => fake.plan(...args),
      counterexample: (...args) => fake.counterexample(...args),
      dispose: () => {
        fake.disposed += 1
      },
    }
  },
  createGrader: () => ({
    prepare: (...args) => fake.prepare(...args),
    grade: (...args) => fake.grade(...args),
  }),
  fetchDatasetImages: (...args) => fake.fetchImages(...args),
  createPythonSandbox: async () => createFakePythonSandbox(),
  createPythonGrader: async () => ({
    runVisible: (...args) => fakePython.runVisible(...args),
    grade: (...args) => fakePython.grade(...args),
  }),
  createModelGrader: async () => ({
    describe: (...args) => fakeModel.describe(...args),
    grade: (...args) => fakeModel.grade(...args),
  }),
}
