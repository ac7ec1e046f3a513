/**
 * The video catalog and the random picker that decides what a session shows. Planted
 * videos, and every video of a planted creator, have appeal 0: only planted sessions show
 * them, so their counts are exactly what data/plants-*.ts wrote.
 */
import type { Random } from '../../../core/random'
import { toDayNumber } from '../../../datasets/dates'
import { AS_OF, CATALOG_START, CURRENT_WEEK, RANKING_START } from './calendar'
import { CATEGORIES } from './people'
import type { Creator, ReelsConfig, Video } from './model'

const RATINGS: [string, number][] = [['G', 0.55], ['PG', 0.3], ['PG-13', 0.15]]
const QUALITIES: [string, number][] = [['720p', 0.35], ['1080p', 0.55], ['4k', 0.1]]

/** Ranking plants: which creator they go to is drawn; their upload times are fixed. */
export const RANKING_PLANTS: { plant: string; upload: [string, number] }[] = [
  { plant: 'tie-a', upload: ['2024-06-01', 6 * 3600 + 12 * 60 + 7] },
  { plant: 'tie-b', upload: ['2024-06-06', 15 * 3600 + 40 * 60] },
  { plant: 'fifty-views', upload: ['2024-06-09', 11 * 3600 + 5 * 60 + 31] },
  { plant: 'uploaded-05-31', upload: ['2024-05-31', 8 * 3600 + 15 * 60] },
  { plant: 'uploaded-in-may', upload: ['2024-05-21', 19 * 3600 + 2 * 60] },
]

/** Upload day for an ordinary video: newer days are likelier (the catalog grows). */
function drawUploadDay(random: Random, first: number, last: number): number {
  return first + Math.floor((last - first + 1) * Math.sqrt(random.next()))
}

export function planVideos(config: ReelsConfig, creators: Creator[], random: Random): Video[] {
  const catalogStart = toDayNumber(CATALOG_START)
  const lastUpload = toDayNumber(AS_OF) - 1
  const videos: Omit<Video, 'videoId'>[] = []
  const base = (creatorId: number, uploadDay: number, appeal: number, plant?: string): Omit<Video, 'videoId'> => ({
    creatorId,
    uploadDay,
    uploadSecond: random.int(0, 86_399),
    durationSeconds: random.int(6, 90),
    category: random.pick(CATEGORIES),
    contentRating: random.weighted(RATINGS),
    hasMusic: random.chance(0.7) ? 1 : 0,
    quality: random.weighted(QUALITIES),
    appeal,
    plant,
  })
  for (const c of creators) {
    const first = Math.max(catalogStart, toDayNumber(c.joinDate))
    if (c.role === 'ordinary') {
      const count = 1 + random.poisson(2)
      for (let i = 0; i < count; i++) {
        videos.push(base(c.creatorId, drawUploadDay(random, first, lastUpload), Math.exp(random.normal(0, 0.9))))
      }
    } else if (c.role === 'current-week-only') {
      // Joined days before the current week; first uploads on its Monday and Tuesday.
      for (const day of [CURRENT_WEEK, '2024-06-25']) videos.push(base(c.creatorId, toDayNumber(day), 0, c.role))
    } else {
      for (let i = 0; i < 3; i++) videos.push(base(c.creatorId, random.int(first, toDayNumber('2024-05-31')), 0, c.role))
    }
  }
  const ordinary = creators.filter((c) => c.role === 'ordinary')
  // June hits: early-June uploads the feed pushes hard, so every variant has enough June
  // videos past the ranking's 50-view threshold (ordinary videos otherwise).
  const hits = Math.round(26 * config.scale)
  for (let i = 0; i < hits; i++) {
    const day = toDayNumber(RANKING_START) + random.int(0, 17)
    const hit = base(random.pick(ordinary).creatorId, day, 20 + 10 * random.next())
    // Typical lengths: hits carry most June views, so an extreme one would skew session times.
    hit.durationSeconds = random.int(25, 55)
    videos.push(hit)
  }
  for (const p of RANKING_PLANTS) {
    const v = base(random.pick(ordinary).creatorId, toDayNumber(p.upload[0]), 0, p.plant)
    v.uploadSecond = p.upload[1]
    v.durationSeconds = random.int(25, 60)
    videos.push(v)
  }
  // Ids grow with upload time, as a real sequence would.
  videos.sort((a, b) => a.uploadDay - b.uploadDay || a.uploadSecond - b.uploadSecond || a.creatorId - b.creatorId)
  return videos.map((v, i) => ({ ...v, videoId: i + 1 }))
}

/**
 * A picker over the videos a random session can show on `day`: uploaded before that day,
 * weighted by appeal and a decay with age (new videos are pushed hardest).
 */
export function createDayPicker(videos: Video[], day: number): (random: Random) => Video {
  const pool: Video[] = []
  const cumulative: number[] = []
  let total = 0
  for (const v of videos) {
    if (v.appeal <= 0 || v.uploadDay >= day) continue
    const age = day - v.uploadDay
    total += v.appeal * (0.004 + Math.pow(1 + age / 15, -2))
    pool.push(v)
    cumulative.push(total)
  }
  return (random) => {
    const r = random.next() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid] > r) hi = mid
      else lo = mid + 1
    }
    return pool[lo]
  }
}
