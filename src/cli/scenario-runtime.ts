import { loadSqlJs } from '../datasets/load-sql-js'
import { buildSqliteImage } from '../datasets/sqlite-image'
import type { Dataset } from '../datasets/types'
import { createSqlGrader, type SqlGrader } from '../grading/sql-grader'
import { createNodeSqlSandbox } from '../sql-sandbox/node/node-sql-client'
import type { DatasetImage, SqlSandbox } from '../sql-sandbox/protocol'
import type { Scenario } from '../scenarios/types'

/** One scenario made ready in Node: its datasets generated, loaded into a sandbox thread, and a grader. */
export interface ScenarioRuntime {
  scenario: Scenario
  /** The generated rows of each dataset, by variant key (for the TypeScript re-computations). */
  data: Map<string, Dataset>
  images: DatasetImage[]
  sandbox: SqlSandbox
  grader: SqlGrader
  /** Milliseconds spent generating and building the images. */
  buildMs: number
  dispose(): void
}

/**
 * Generates the scenario's datasets from their seeds (deterministic, so these are the
 * very bytes `npm run datasets` writes for the browser) and loads them into a sandbox.
 * `threadUrl` is the built `sql-thread.mjs` beside the command's own entry file.
 */
export async function openScenarioRuntime(scenario: Scenario, threadUrl: URL, options: { timeoutMs?: number } = {}): Promise<ScenarioRuntime> {
  const started = performance.now()
  const SQL = await loadSqlJs()
  const data = new Map<string, Dataset>()
  const images: DatasetImage[] = []
  for (const variant of scenario.variants) {
    const dataset = scenario.generate(variant)
    data.set(variant.key, dataset)
    images.push({ key: variant.key, bytes: buildSqliteImage(SQL, scenario.tables, dataset) })
  }
  const buildMs = performance.now() - started
  const sandbox = createNodeSqlSandbox(threadUrl)
  await sandbox.load(scenario.asOf, images)
  const grader = createSqlGrader(sandbox, { datasetKeys: images.map((i) => i.key), timeoutMs: options.timeoutMs })
  return { scenario, data, images, sandbox, grader, buildMs, dispose: () => sandbox.dispose() }
}
