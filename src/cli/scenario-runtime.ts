import { loadSqlJs } from '../datasets/load-sql-js'
import { buildSqliteImage } from '../datasets/sqlite-image'
import type { Dataset } from '../datasets/types'
import { createSqlGrader, type SqlGrader, type TrustedRunCache } from '../grading/sql-grader'
import { createNodeSqlSandbox } from '../sql-sandbox/node/node-sql-client'
import type { DatasetImage, SqlSandbox } from '../sql-sandbox/protocol'
import { scenarioData } from '../scenarios/data-registry'
import type { Scenario } from '../scenarios/types'
import { readFreshImages } from './dataset-files'

/** One scenario made ready in Node: its datasets generated, loaded into a sandbox thread, and a grader. */
export interface ScenarioRuntime {
  scenario: Scenario
  /** The generated rows of each dataset, by variant key (for the TypeScript re-computations); empty unless `withRows`. */
  data: Map<string, Dataset>
  images: DatasetImage[]
  sandbox: SqlSandbox
  grader: SqlGrader
  /** Milliseconds spent generating and building the images (0 when they were read from disk). */
  buildMs: number
  dispose(): void
}

/**
 * Loads the scenario's datasets into a sandbox thread. The images come from
 * public/datasets when `npm run datasets` wrote them from these very sources; otherwise
 * (or `withRows`, when the caller needs the rows too) they are generated from their seeds,
 * which gives the same bytes. `threadUrl` is the built `sql-thread.mjs` beside the entry file.
 */
export async function openScenarioRuntime(
  scenario: Scenario,
  threadUrl: URL,
  options: { timeoutMs?: number; withRows?: boolean; cache?: TrustedRunCache } = {},
): Promise<ScenarioRuntime> {
  const started = performance.now()
  const data = new Map<string, Dataset>()
  let images = options.withRows ? undefined : readFreshImages(scenario.id, scenario.variants.map((v) => v.key))
  let buildMs = 0
  if (!images) {
    const SQL = await loadSqlJs()
    const { generate } = scenarioData(scenario)
    images = scenario.variants.map((variant) => {
      const dataset = generate(variant)
      data.set(variant.key, dataset)
      return { key: variant.key, bytes: buildSqliteImage(SQL, scenario.tables, dataset) }
    })
    buildMs = performance.now() - started
  }
  const sandbox = createNodeSqlSandbox(threadUrl)
  await sandbox.load(scenario.asOf, images)
  const grader = createSqlGrader(sandbox, { datasetKeys: images.map((i) => i.key), timeoutMs: options.timeoutMs, cache: options.cache })
  return { scenario, data, images, sandbox, grader, buildMs, dispose: () => sandbox.dispose() }
}
