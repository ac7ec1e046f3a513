/** The pymk generator's in-memory model: everything decided before it becomes rows. */

export type RelationshipType = 'friend' | 'follow'
export type RelationshipStatus = 'active' | 'pending' | 'blocked'
export type InteractionType = 'like' | 'comment' | 'message' | 'view'

export interface PrivacySetting {
  isPrivate: boolean
  allowSuggestions: boolean
  frequency: 'high' | 'medium' | 'low' | 'off'
  /** Seconds since the epoch. */
  lastUpdated: number
}

export interface PlannedUser {
  userId: number
  /** Day number of registration. */
  registrationDay: number
  country: string
  /** Null: the user has no dim_user_privacy row (treated as public). */
  privacy: PrivacySetting | null
}

/** One fact_user_relationships row; `createdAt` in seconds since the epoch. */
export interface Relationship {
  from: number
  to: number
  type: RelationshipType
  status: RelationshipStatus
  createdAt: number
}

export interface Suggestion {
  target: number
  suggested: number
  /** suggestion_timestamp, seconds since the epoch. */
  at: number
  reason: 'mutual_friends' | 'location' | 'contacts'
  mutualFriends: number
  algorithmScore: number
  viewed: boolean
  requested: boolean
  accepted: boolean
  /** The acceptance when accepted, else the request when requested, else null. */
  outcomeAt: number | null
  /** Set on planted edge cases (tests and mentors read it; not written to the tables). */
  label?: string
}

export interface Interaction {
  from: number
  to: number
  type: InteractionType
  at: number
}

/** How the three planted blocks with user 42 are stored in one variant. */
export interface PlantedBlock {
  /** 'by-42': user_id_from = 42; 'of-42': user_id_to = 42. */
  direction: 'by-42' | 'of-42'
  type: RelationshipType
  /** Friends of 42 the blocked user is also friends with. */
  mutualFriends: number
}

/** Per-variant knobs, resolved from the variant's seed, key and scale. */
export interface PymkConfig {
  seed: number
  scale: number
  userCount: number
  /** Rows of the background graph (users other than 42 and its friends). */
  graphRows: number
  /** Random suggestions in May and June, before the planted ones. */
  suggestionCount: number
  /** Interactions between background friends, unrelated to suggestions. */
  backgroundInteractions: number
  blocks: PlantedBlock[]
  /**
   * Private accounts suggested with 0 mutual friends: are any of them requested? Never
   * accepted in any variant, so sustained_engagement_pct is NULL there; with no request
   * at all acceptance_rate_pct is NULL too.
   */
  privateZeroRequested: boolean
}
