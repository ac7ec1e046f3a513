/** The smallest counterexample: ddmin over dataset rows, and the sentence that explains it. */
export { findCounterexample } from './find-counterexample'
export type { Counterexample, CounterexampleProgress, FindCounterexampleOptions, RowSelection, TableRows } from './find-counterexample'
export { minimizeList, splitIntoChunks } from './ddmin'
export type { MinimizedList, StopReason } from './ddmin'
export { describeCounterexample } from './describe-counterexample'
export { findTablesUsed, groupRowsByOutputKey, sampleRows, selectRowsFeeding } from './seed-rows'
export type { SeedTable } from './seed-rows'
