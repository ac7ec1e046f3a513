/**
 * Planted creators of the week-over-week growth exercise (sql-creator-wow-growth). Their
 * videos never show up in random sessions, so their weekly counts are exactly these.
 * Each entry: [date, view_starts, likes] (a view_end follows every view_start; weight 0).
 */
import { toDayNumber } from '../../../datasets/dates'
import { placeViews, watchedView, type PlantKit } from './plant-kit'
import type { Creator, CreatorRole, Video, ViewPlan } from './model'

type Schedule = [string, number, number][]

const SCHEDULES: Partial<Record<CreatorRole, Schedule>> = {
  // Previous week 9 events, current week 14: the threshold decides whether they appear.
  'followers-999': [['2024-06-19', 3, 0], ['2024-06-23', 4, 2], ['2024-06-24', 5, 1], ['2024-06-28', 6, 2]],
  // Previous week 12, current 15, and events on every boundary day (06-16, 06-17, 06-23, 06-24, 06-30).
  'followers-1000': [['2024-06-16', 3, 0], ['2024-06-17', 4, 0], ['2024-06-23', 6, 2], ['2024-06-24', 7, 1], ['2024-06-30', 6, 1]],
  // New creators: events in the current week only.
  'current-week-only': [['2024-06-25', 4, 1], ['2024-06-27', 5, 2], ['2024-06-29', 3, 0]],
  // Videos taken down after 2024-06-21: events in the previous week, none in the current one.
  'previous-week-only': [['2024-06-05', 4, 1], ['2024-06-18', 6, 2], ['2024-06-21', 5, 1]],
  // Events on 2024-06-16 (a Sunday) and in the current week, none in the previous week:
  // LAG over the weeks that exist compares them with the week of 2024-06-10.
  'skips-previous-week': [['2024-06-10', 3, 0], ['2024-06-16', 5, 1], ['2024-06-26', 8, 2]],
  // Two creators with the same counts (20 -> 26, +30 %): a tie on growth.
  'growth-twin': [['2024-06-18', 8, 2], ['2024-06-22', 8, 2], ['2024-06-25', 10, 3], ['2024-06-29', 10, 3]],
}

export function plantCreatorViews(kit: PlantKit, creators: Creator[], videos: Video[]): void {
  for (const creator of creators) {
    const schedule = SCHEDULES[creator.role]
    if (!schedule) continue
    const own = videos.filter((v) => v.creatorId === creator.creatorId)
    for (const [date, views, likes] of schedule) {
      const day = toDayNumber(date)
      const available = own.filter((v) => v.uploadDay < day)
      if (available.length === 0) throw new Error(`reels-sessions: ${creator.role} has no video before ${date}`)
      const list: ViewPlan[] = []
      for (let i = 0; i < views; i++) list.push(watchedView(kit.random, kit.random.pick(available), { likes: i < likes ? 1 : 0 }))
      placeViews(kit, date, list)
    }
  }
}
