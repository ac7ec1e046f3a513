import type { TableSpec } from '../../datasets/types'
import { INTERACTIONS_START, SUGGESTIONS_START } from './data/calendar'

/**
 * The pymk tables as the exercise contract declares them (`/work/shared/spec/exercises.md`):
 * fact_user_relationships, fact_user_interactions and dim_users with the contract's columns,
 * fact_pymk_suggestions and dim_user_privacy with the seed's (Solution 6.2), mapped to
 * SQLite types (BOOLEAN -> INTEGER 0/1, TIMESTAMP -> 'YYYY-MM-DD HH:MM:SS' text).
 */

const relationships: TableSpec = {
  name: 'fact_user_relationships',
  description:
    'One row per pair of users with a relationship (grain: unordered pair). A friendship is stored ONCE, in ' +
    'either direction (user_id_from is whoever sent the request), so friendships are symmetric: to list ' +
    "a user's friends, look at both columns. Follows are one-way.",
  columns: [
    { name: 'relationship_id', type: 'INTEGER', description: 'Row identifier; ids grow with created_timestamp.' },
    { name: 'user_id_from', type: 'INTEGER', notNull: true, description: 'The user who sent the friend request, follows, or blocked (dim_users.user_id).' },
    { name: 'user_id_to', type: 'INTEGER', notNull: true, description: 'The other user (dim_users.user_id).' },
    { name: 'relationship_type', type: 'TEXT', notNull: true, description: "'friend' (mutual, needs acceptance) or 'follow' (one-way)." },
    {
      name: 'status',
      type: 'TEXT',
      notNull: true,
      description: "'active' (in force), 'pending' (request not answered yet) or 'blocked' (one user blocked the other; the row replaces any friendship or follow).",
    },
    { name: 'created_timestamp', type: 'TEXT', notNull: true, description: "When the row got its status, 'YYYY-MM-DD HH:MM:SS' UTC." },
    { name: 'mutual_friends_count', type: 'INTEGER', notNull: true, description: 'Active friends the two users have in common today (refreshed nightly).' },
    { name: 'interaction_score', type: 'REAL', notNull: true, description: 'Strength of the tie, 0-99.99 (two decimals); 0 for blocked rows.' },
  ],
  primaryKey: ['relationship_id'],
  indexes: [
    { name: 'idx_relationships_from', columns: ['user_id_from', 'status'] },
    { name: 'idx_relationships_to', columns: ['user_id_to', 'status'] },
  ],
}

const suggestions: TableSpec = {
  name: 'fact_pymk_suggestions',
  description:
    `One row per People You May Know suggestion shown (grain: suggestion), ${SUGGESTIONS_START} to today. ` +
    'Outcome columns are as of today: a request not answered yet is not accepted.',
  columns: [
    { name: 'suggestion_id', type: 'TEXT', description: "Suggestion identifier ('sg000123'); ids grow with suggestion_timestamp." },
    { name: 'target_user_id', type: 'INTEGER', notNull: true, description: 'The user who was shown the suggestion (and may send the request).' },
    { name: 'suggested_user_id', type: 'INTEGER', notNull: true, description: 'The user who was suggested (and may accept the request).' },
    { name: 'suggestion_timestamp', type: 'TEXT', notNull: true, description: "When the suggestion was shown, 'YYYY-MM-DD HH:MM:SS' UTC." },
    { name: 'suggestion_reason', type: 'TEXT', description: "'mutual_friends', 'location' or 'contacts'." },
    { name: 'mutual_friends_count', type: 'INTEGER', notNull: true, description: 'Mutual friends of the two users when the suggestion was shown (0 or more; never NULL).' },
    { name: 'algorithm_score', type: 'REAL', description: 'Ranking score of the suggestion, 0-1 (four decimals).' },
    { name: 'was_viewed', type: 'INTEGER', notNull: true, description: '1 when the target user saw the suggestion, else 0.' },
    { name: 'was_requested', type: 'INTEGER', notNull: true, description: '1 when the target user sent a friend request from it, else 0 (1 implies was_viewed = 1).' },
    { name: 'was_accepted', type: 'INTEGER', notNull: true, description: '1 when the suggested user accepted that request, else 0 (1 implies was_requested = 1).' },
    {
      name: 'outcome_timestamp',
      type: 'TEXT',
      description: 'When the latest outcome happened (UTC): the acceptance when was_accepted = 1, otherwise the request when was_requested = 1; NULL when no request was sent.',
    },
    { name: 'date_partition', type: 'TEXT', notNull: true, description: 'date(suggestion_timestamp): the day the suggestion was shown (UTC).' },
  ],
  primaryKey: ['suggestion_id'],
  indexes: [
    { name: 'idx_suggestions_target', columns: ['target_user_id'] },
    { name: 'idx_suggestions_suggested', columns: ['suggested_user_id'] },
    { name: 'idx_suggestions_date_partition', columns: ['date_partition'] },
  ],
}

const privacy: TableSpec = {
  name: 'dim_user_privacy',
  description:
    'Privacy settings, one row per user who ever saved them (grain: user). Users with no row here have ' +
    'the defaults: a public account that can be suggested.',
  columns: [
    { name: 'user_id', type: 'INTEGER', description: 'The user (dim_users.user_id).' },
    { name: 'is_private_account', type: 'INTEGER', notNull: true, description: '1 for a private account, 0 for a public one.' },
    { name: 'allow_friend_suggestions', type: 'INTEGER', notNull: true, description: '1 when PYMK may suggest this user to others, else 0.' },
    { name: 'pymk_frequency_preference', type: 'TEXT', description: "How often the user wants PYMK: 'high', 'medium', 'low' or 'off'." },
    { name: 'last_updated', type: 'TEXT', notNull: true, description: "When the settings were last changed, 'YYYY-MM-DD HH:MM:SS' UTC." },
  ],
  primaryKey: ['user_id'],
}

const interactions: TableSpec = {
  name: 'fact_user_interactions',
  description: `One row per interaction of one user with another (grain: interaction), ${INTERACTIONS_START} to today.`,
  columns: [
    { name: 'interaction_id', type: 'INTEGER', description: 'Interaction identifier; ids grow with interaction_timestamp.' },
    { name: 'user_id_from', type: 'INTEGER', notNull: true, description: 'The user who acted.' },
    { name: 'user_id_to', type: 'INTEGER', notNull: true, description: "The user acted upon (whose post was liked, who got the message, whose profile was viewed)." },
    { name: 'interaction_type', type: 'TEXT', notNull: true, description: "'like', 'comment', 'message' or 'view' (a profile or post view)." },
    { name: 'interaction_timestamp', type: 'TEXT', notNull: true, description: "When it happened, 'YYYY-MM-DD HH:MM:SS' UTC." },
  ],
  primaryKey: ['interaction_id'],
  indexes: [
    // One composite index serves both directions of a pair lookup (from, to swapped).
    { name: 'idx_interactions_pair', columns: ['user_id_from', 'user_id_to', 'interaction_timestamp'] },
  ],
}

const users: TableSpec = {
  name: 'dim_users',
  description: 'One row per registered user (grain: user).',
  columns: [
    { name: 'user_id', type: 'INTEGER', description: 'User identifier.' },
    { name: 'country_code', type: 'TEXT', description: "ISO 3166 alpha-2 country, e.g. 'US'." },
    { name: 'registration_date', type: 'TEXT', description: "Day the account was created, 'YYYY-MM-DD'." },
    { name: 'last_active_date', type: 'TEXT', description: "Latest day the user was active, 'YYYY-MM-DD' (as of today, 2024-06-30)." },
  ],
  primaryKey: ['user_id'],
}

/** The five pymk tables, in the order they are created and shown. */
export const pymkTables: TableSpec[] = [relationships, suggestions, privacy, interactions, users]
