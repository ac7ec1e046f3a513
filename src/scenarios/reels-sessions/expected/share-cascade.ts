import type { Dataset } from '../../../datasets/types'
import type { QueryResult } from '../../../engine/types'

/**
 * Expected result of `sql-share-cascade`: per original video, its number of shares and the
 * depth of its longest chain, counted by walking parent links up to the root (depth 1);
 * the stored share_depth is ignored. Top 10 by size, then original_video_id.
 */
export function computeShareCascade(data: Dataset): QueryResult {
  const parentOf = new Map<string, string | null>()
  for (const s of data.tables.fact_share_chains) parentOf.set(String(s.share_id), s.parent_share_id === null ? null : String(s.parent_share_id))
  const depthOf = new Map<string, number>()
  const depth = (id: string): number => {
    const known = depthOf.get(id)
    if (known !== undefined) return known
    const parent = parentOf.get(id)
    const d = parent ? depth(parent) + 1 : 1
    depthOf.set(id, d)
    return d
  }
  const cascades = new Map<number, { size: number; maxDepth: number }>()
  for (const s of data.tables.fact_share_chains) {
    const video = Number(s.original_video_id)
    const entry = cascades.get(video) ?? { size: 0, maxDepth: 0 }
    entry.size += 1
    entry.maxDepth = Math.max(entry.maxDepth, depth(String(s.share_id)))
    cascades.set(video, entry)
  }
  const rows = [...cascades.entries()]
    .sort((a, b) => b[1].size - a[1].size || a[0] - b[0])
    .slice(0, 10)
    .map(([video, c]) => [video, c.size, c.maxDepth])
  return { columns: ['original_video_id', 'cascade_size', 'max_depth'], rows }
}
