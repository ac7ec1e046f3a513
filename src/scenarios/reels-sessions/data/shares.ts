/**
 * fact_share_chains: who re-shared which video to whom. A cascade is every share of one
 * original video; it can have several roots (people sharing the video independently).
 * share_depth is written by the clients and is wrong for some rows (see STORY-DATA.md).
 */
import type { Random } from '../../../core/random'
import type { Row } from '../../../datasets/types'
import { toDayNumber } from '../../../datasets/dates'
import { AS_OF } from './calendar'
import { formatSeconds } from './events'
import type { ReelsConfig, User, Video } from './model'

interface Share {
  videoId: number
  parent: Share | null
  depth: number
  t: number
  from: number
  to: number
  children: Share[]
  storedDepth: number
  /** In the planted cascade whose deepest shares store a wrong depth; left alone by the random errors. */
  guarded: boolean
}

const LAST_SECOND = (toDayNumber(AS_OF) + 1) * 86_400 - 1

/** Grows one cascade to exactly `size` shares under `roots` roots; later shares favour recent parents (deeper chains). */
function growCascade(random: Random, users: User[], video: Video, size: number, roots: number, firstT: number): Share[] {
  const shares: Share[] = []
  const user = () => random.int(1, users.length)
  for (let i = 0; i < size; i++) {
    const parent = i < roots ? null : shares[shares.length - 1 - Math.floor(shares.length * Math.pow(random.next(), 0.45))]
    // Most re-shares follow within hours; some a day or more later (outside subsequent_shares_24h).
    const delay = random.chance(0.85) ? random.int(120, 6 * 3600) : random.int(86_401, 3 * 86_400)
    const t = Math.min(LAST_SECOND, parent ? parent.t + delay : firstT + random.int(0, 3 * 86_400))
    const from = parent ? parent.to : user()
    let to = user()
    while (to === from) to = user()
    const share: Share = { videoId: video.videoId, parent, depth: parent ? parent.depth + 1 : 1, t, from, to, children: [], storedDepth: 0, guarded: false }
    parent?.children.push(share)
    shares.push(share)
  }
  return shares
}

/**
 * Sizes of the planted viral cascades, largest first: all above any small cascade, the 4th
 * and 5th equal (a tie on cascade_size inside the top 10), the first three with several roots.
 */
function viralSizes(config: ReelsConfig, random: Random): number[] {
  const sizes: number[] = []
  let size = 45 + Math.round(80 * config.scale) + random.int(0, 15)
  for (let i = 0; i < 12; i++) {
    sizes.push(i === 4 ? sizes[3] : size)
    size -= random.int(2, 7)
  }
  return sizes
}

export function buildShareChains(config: ReelsConfig, users: User[], videos: Video[], random: Random): Row[] {
  const ordinary = videos.filter((v) => !v.plant && v.uploadDay < toDayNumber('2024-06-10'))
  const originals = random.shuffle(ordinary)
  const cascades: Share[][] = []
  const startFor = (v: Video) => Math.max(v.uploadDay * 86_400 + v.uploadSecond, toDayNumber('2024-05-01') * 86_400) + random.int(0, 20 * 86_400)
  viralSizes(config, random).forEach((size, i) => {
    const video = originals[i]
    cascades.push(growCascade(random, users, video, size, i < 3 ? random.int(2, 4) : random.int(1, 3), startFor(video)))
  })
  for (let i = 0; i < config.smallCascades; i++) {
    const video = originals[12 + i]
    const size = Math.min(35, 1 + Math.floor(-6 * Math.log(1 - random.next())))
    cascades.push(growCascade(random, users, video, size, random.int(1, 2), startFor(video)))
  }

  // Stored depths: right, except ~3 % written by an old client that counted from 0 and ~1 %
  // one too deep; and in the 3rd-largest cascade the two deepest levels were all written by
  // that old client, so MAX(share_depth), or a parent's share_depth + 1, understates it.
  const planted = cascades[2]
  const deepest = Math.max(...planted.map((s) => s.depth))
  for (const s of planted) s.guarded = true
  const all = cascades.flat()
  for (const s of all) {
    const r = random.next()
    s.storedDepth = s.guarded ? s.depth : r < 0.03 && s.depth > 1 ? s.depth - 1 : r > 0.99 ? s.depth + 1 : s.depth
  }
  for (const s of planted) if (s.depth >= deepest - 1) s.storedDepth = s.depth - 1

  const ordered = all
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.t - b.s.t || a.i - b.i)
    .map(({ s }) => s)
  const ids = new Map(ordered.map((s, i) => [s, `sh${String(i + 1).padStart(6, '0')}`]))
  return ordered.map((s) => ({
    share_id: ids.get(s)!,
    original_video_id: s.videoId,
    parent_share_id: s.parent ? ids.get(s.parent)! : null,
    sharing_user_id: s.from,
    receiving_user_id: s.to,
    share_timestamp: formatSeconds(s.t),
    share_depth: s.storedDepth,
    views_generated_24h: Math.round(2 + 3 * random.next() + 4 * s.children.length),
    subsequent_shares_24h: s.children.filter((c) => c.t <= s.t + 86_400).length,
  }))
}
