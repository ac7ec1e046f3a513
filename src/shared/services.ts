/**
 * The app's only door to the heavy machinery (the sql.js worker, dataset files, the grader).
 * Component tests replace this whole module with fakes through `vi.mock('.../shared/services')`;
 * the real app gets the real implementations. Imported only by the SandboxProvider, which
 * sits in the lazily loaded exercise route, so none of this is in the initial chunk.
 */
import { createSqlGrader, type SqlGrader, type SqlGraderOptions } from '../grading/sql-grader'
import { fetchDatasetImages } from '../sql-sandbox/load-datasets'
import type { DatasetImage, SqlSandbox } from '../sql-sandbox/protocol'
import { createBrowserSqlSandbox } from '../sql-sandbox/sql-client'

export interface Services {
  createSandbox: () => SqlSandbox
  createGrader: (sandbox: SqlSandbox, options: SqlGraderOptions) => SqlGrader
  fetchDatasetImages: (scenarioId: string, keys: string[]) => Promise<DatasetImage[]>
}

export const services: Services = {
  createSandbox: () => createBrowserSqlSandbox(),
  createGrader: (sandbox, options) => createSqlGrader(sandbox, options),
  fetchDatasetImages: (scenarioId, keys) => fetchDatasetImages(scenarioId, keys),
}
