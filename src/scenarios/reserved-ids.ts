/**
 * Ids no scenario folder may take, because a route uses them beside scenario ids:
 * `#/mock/mixed` is the mixed mock loop (one part from each of several scenarios).
 * `npm run scenarios:check` reports a scenario that takes one; `new-scenario` refuses it.
 */
export const MIXED_LOOP_ID = 'mixed'

export const RESERVED_SCENARIO_IDS: readonly string[] = [MIXED_LOOP_ID]
