/**
 * The app's only door to the heavy machinery (the sql.js worker, dataset files, the graders,
 * Pyodide). Component tests replace this whole module with fakes through
 * `vi.mock('.../shared/services')`; the real app gets the real implementations. Imported only by
 * code in the lazily loaded exercise route, so none of this is in the initial chunk.
 *
 * The Python factories are async on purpose: their modules are dynamic imports, so the Pyodide
 * client, its worker and the Python engine land in chunks of their own that only a Python
 * exercise page downloads. Never import them statically from here.
 */
import { createSqlGrader, type SqlGrader, type SqlGraderOptions } from '../grading/sql-grader'
import type { PythonGrader } from '../grading/python-grader'
import type { ModelGrader } from '../grading/model-grader'
import type { PythonSandbox } from '../python-sandbox/protocol'
import { fetchDatasetImages } from '../sql-sandbox/load-datasets'
import type { DatasetImage, SqlSandbox } from '../sql-sandbox/protocol'
import { createBrowserSqlSandbox } from '../sql-sandbox/sql-client'

export interface Services {
  createSandbox: () => SqlSandbox
  createGrader: (sandbox: SqlSandbox, options: SqlGraderOptions) => SqlGrader
  fetchDatasetImages: (scenarioId: string, keys: string[]) => Promise<DatasetImage[]>
  /** Pyodide in a module worker; nothing downloads until `start()` or the first run. */
  createPythonSandbox: () => Promise<PythonSandbox>
  createPythonGrader: (sandbox: PythonSandbox) => Promise<PythonGrader>
  /** A data-model grader over its own SQL sandbox (an empty database; no dataset downloads). */
  createModelGrader: (sandbox: SqlSandbox) => Promise<ModelGrader>
}

export const services: Services = {
  createSandbox: () => createBrowserSqlSandbox(),
  createGrader: (sandbox, options) => createSqlGrader(sandbox, options),
  fetchDatasetImages: (scenarioId, keys) => fetchDatasetImages(scenarioId, keys),
  createPythonSandbox: async () => (await import('../python-sandbox/python-client')).createBrowserPythonSandbox(),
  createPythonGrader: async (sandbox) => (await import('../grading/python-grader')).createPythonGrader(sandbox),
  createModelGrader: async (sandbox) => (await import('../grading/model-grader')).createModelGrader(sandbox),
}
