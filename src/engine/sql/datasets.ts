/**
 * How datasets are named to a learner. Keys come from the scenario: `visible`, then
 * `hidden-1`, `hidden-2`, ... Hidden datasets are never shown, so feedback about them
 * describes differences in words and counts, never with their rows.
 */

export const VISIBLE_DATASET = 'visible'

export function isHiddenDataset(key: string): boolean {
  return key !== VISIBLE_DATASET
}

/** `the visible dataset`, `hidden dataset 2`, or `dataset "x"` for any other key. */
export function nameDataset(key: string): string {
  if (key === VISIBLE_DATASET) return 'the visible dataset'
  const hidden = /^hidden-(\d+)$/.exec(key)
  if (hidden) return `hidden dataset ${hidden[1]}`
  return `dataset "${key}"`
}

/** The same name at the start of a line: `Visible dataset`, `Hidden dataset 2`. */
export function nameDatasetAtStart(key: string): string {
  const name = nameDataset(key).replace(/^the /, '')
  return name[0].toUpperCase() + name.slice(1)
}

/** `a`, `a and b`, `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return items.slice(0, -1).join(', ') + ' and ' + items[items.length - 1]
}

/** `1 row`, `3 rows`. */
export function countOf(n: number, singular: string, plural = singular + 's'): string {
  return `${n} ${n === 1 ? singular : plural}`
}

/**
 * Several datasets in words, hidden ones folded together: `hidden datasets 1 and 3`,
 * `the visible dataset and hidden dataset 2`.
 */
export function nameDatasets(keys: readonly string[]): string {
  const hidden = keys.map((k) => /^hidden-(\d+)$/.exec(k)?.[1]).filter((n): n is string => n !== undefined)
  const others = keys.filter((k) => !/^hidden-\d+$/.test(k)).map(nameDataset)
  const folded = hidden.length > 1 ? [`hidden datasets ${listInWords(hidden)}`] : hidden.map((n) => `hidden dataset ${n}`)
  return listInWords([...others, ...folded])
}
