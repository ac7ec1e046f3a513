/** One SQL value as sql.js returns it. BLOBs never occur in our datasets. Shared by the datasets and the engine, below both. */
export type SqlValue = number | string | null
