/**
 * The learner's data as one export file, and back: its own module, imported by the Progress page
 * only, so the file's validation (zod) downloads with that page and not with the first one.
 */
import type { StoreApi } from 'zustand/vanilla'
import { appStore, stopRunningMock } from './core'
import { createExport, readExport, type ExportFile, type ImportResult } from './transfer'
import type { AppState } from './types'

/** Everything the learner owns (progress, drafts, ratings, follow-up notes), as an export file. */
export function exportProgress(store: StoreApi<AppState> = appStore, now: Date = new Date()): ExportFile {
  return createExport(store.getState(), now)
}

/**
 * Reads an export and, only when it is valid and not newer than this app, replaces the
 * learner's data with it (written to storage by `persist`). A failure changes nothing.
 */
export function importProgress(text: string, store: StoreApi<AppState> = appStore): ImportResult {
  const result = readExport(text)
  if (result.ok) {
    // A loop running now would keep its clock on data the import replaces.
    stopRunningMock(store)
    store.setState(result.state)
  }
  return result
}

export { EXPORT_FORMAT, exportFileName, readExport } from './transfer'
export type { ExportFile, ImportResult } from './transfer'
