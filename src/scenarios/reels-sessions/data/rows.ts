/** Dimension rows. Their derived columns agree with the fact rows they summarise. */
import type { Row } from '../../../datasets/types'
import { formatSeconds } from './events'
import type { Creator, User, Video } from './model'

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits

/** Seconds since the epoch of a 'YYYY-MM-DD HH:MM:SS' text (UTC). */
function toSeconds(ts: string): number {
  return Date.parse(`${ts.replace(' ', 'T')}Z`) / 1000
}

/** dim_users: avg_session_duration_minutes is over the user's rows in fact_reels_sessions (NULL without any). */
export function buildUserRows(users: User[], sessions: Row[]): Row[] {
  const totals = new Map<number, [number, number]>()
  for (const s of sessions) {
    const entry = totals.get(s.user_id as number) ?? [0, 0]
    entry[0] += toSeconds(s.session_end_ts as string) - toSeconds(s.session_start_ts as string)
    entry[1] += 1
    totals.set(s.user_id as number, entry)
  }
  return users.map((u) => {
    const t = totals.get(u.userId)
    return {
      user_id: u.userId,
      registration_date: u.registrationDate,
      country_code: u.countryCode,
      age_group: u.ageGroup,
      preferred_categories: JSON.stringify(u.preferredCategories),
      follower_count: u.followerCount,
      avg_session_duration_minutes: t ? round(t[0] / t[1] / 60, 2) : null,
    }
  })
}

/** dim_creators: avg_video_engagement_rate = (likes + shares + comments) / view_starts on their videos. */
export function buildCreatorRows(creators: Creator[], videos: Video[], events: Row[]): Row[] {
  const posted = new Map<number, number>()
  for (const v of videos) posted.set(v.creatorId, (posted.get(v.creatorId) ?? 0) + 1)
  const counts = new Map<number, [number, number]>()
  for (const e of events) {
    const entry = counts.get(e.creator_id as number) ?? [0, 0]
    if (e.event_type === 'view_start') entry[1] += 1
    else if (e.event_type !== 'view_end') entry[0] += 1
    counts.set(e.creator_id as number, entry)
  }
  return creators.map((c) => {
    const [engaged, views] = counts.get(c.creatorId) ?? [0, 0]
    return {
      creator_id: c.creatorId,
      creator_username: c.username,
      follower_count: c.followerCount,
      verification_status: c.verificationStatus,
      join_date: c.joinDate,
      creator_tier: c.followerCount >= 100_000 ? 'top' : c.followerCount >= 10_000 ? 'established' : 'rising',
      avg_video_engagement_rate: views > 0 ? round(engaged / views, 4) : null,
      total_videos_posted: posted.get(c.creatorId) ?? 0,
    }
  })
}

export function buildVideoRows(videos: Video[]): Row[] {
  return videos.map((v) => ({
    video_id: v.videoId,
    creator_id: v.creatorId,
    upload_timestamp: formatSeconds(v.uploadDay * 86_400 + v.uploadSecond),
    video_duration_seconds: v.durationSeconds,
    video_category: v.category,
    content_rating: v.contentRating,
    thumbnail_url: `https://cdn.reels.example/thumbs/${v.videoId}.jpg`,
    has_music: v.hasMusic,
    video_quality: v.quality,
  }))
}

