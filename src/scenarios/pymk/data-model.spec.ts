import type { ModelSpec } from '../../engine/schema/types'
import { commonSynonyms } from '../../engine/schema/common-synonyms'

/**
 * What `pymk/data-model` expects: the suggestion fact, the social-graph relationship fact and
 * the privacy dimension (reference: src/scenarios/pymk/data-model.sql).
 *
 * The suggestion fact comes first: suggestion tables are often called `friend_suggestions`,
 * and the relationship fact's hint `friend` must not take them.
 *
 * No `references`: every join here is role-playing (`suggested_user_id` and `target_user_id`
 * join the privacy dimension's `user_id`; `user_id_from` / `user_id_to` join users), and the
 * relationships check compares foreign keys with the key by name.
 */
export const pymkModel: ModelSpec = {
  id: 'pymk/data-model',
  entities: [
    {
      role: 'suggestion-fact',
      label: 'suggestion fact',
      kind: 'fact',
      reference: 'fact_pymk_suggestions',
      nameHints: [['suggestion'], ['pymk'], ['recommendation'], ['suggest'], ['candidate'], ['people', 'know']],
      grain: [
        ['suggestion_id'],
        ['target_user_id', 'suggested_user_id', 'suggestion_timestamp'],
        ['target_user_id', 'suggested_user_id', 'date_partition'],
      ],
      grainLabel: 'one row per suggestion shown',
      measures: ['mutual_friends_count', 'algorithm_score', 'was_viewed', 'was_requested', 'was_accepted'],
      partition: ['date_partition'],
      references: [],
      required: true,
    },
    {
      role: 'relationship-fact',
      label: 'relationship fact',
      kind: 'fact',
      reference: 'fact_user_relationships',
      nameHints: [['relationship'], ['friendship'], ['friend'], ['connection'], ['edge'], ['graph'], ['follow'], ['social']],
      // A graph keyed on (from, to, type) keeps a friendship and a follow of one pair apart: fine too.
      grain: [['relationship_id'], ['user_id_from', 'user_id_to'], ['user_id_from', 'user_id_to', 'relationship_type']],
      grainLabel: 'one row per pair of users (a friendship stored once, in either direction)',
      measures: ['mutual_friends_count', 'interaction_score'],
      references: [],
      required: true,
    },
    {
      role: 'privacy-dimension',
      label: 'privacy dimension',
      kind: 'dimension',
      reference: 'dim_user_privacy',
      nameHints: [['privacy'], ['private'], ['setting'], ['preference'], ['visibility']],
      // A history of settings (SCD type 2) is keyed on the user and the start of each version.
      grain: [['user_id', 'valid_from'], ['user_id']],
      grainLabel: 'one row per user (or per user and settings version)',
      measures: ['is_private_account', 'allow_friend_suggestions'],
      references: [],
      required: true,
    },
  ],
  synonyms: {
    ...commonSynonyms,
    date_partition: [...commonSynonyms.date_partition, 'suggestion_date', 'shown_date'],
    suggestion_id: ['id', 'pymk_suggestion_id', 'suggestion_key', 'suggestion_uuid', 'recommendation_id', 'impression_id', 'pymk_impression_id'],
    target_user_id: ['viewer_id', 'viewer_user_id', 'shown_to_user_id', 'for_user_id', 'recipient_user_id', 'source_user_id', 'requesting_user_id', 'user_id'],
    suggested_user_id: ['candidate_user_id', 'candidate_id', 'suggested_id', 'suggestee_id', 'suggested_uid', 'recommended_user_id', 'suggestion_user_id'],
    suggestion_timestamp: ['suggestion_ts', 'suggested_at', 'shown_at', 'shown_ts', 'shown_timestamp', 'impression_ts', 'impression_timestamp', 'served_at', 'event_timestamp', 'event_ts', 'created_at', 'ts'],
    mutual_friends_count: ['mutual_friends', 'mutual_friend_count', 'num_mutual_friends', 'mutual_count', 'mutuals'],
    algorithm_score: ['score', 'model_score', 'ranking_score', 'rank_score', 'relevance_score', 'pymk_score'],
    was_viewed: ['viewed', 'is_viewed', 'was_seen', 'seen', 'is_seen'],
    was_requested: ['requested', 'is_requested', 'request_sent', 'friend_request_sent', 'was_request_sent', 'did_request'],
    was_accepted: ['accepted', 'is_accepted', 'request_accepted', 'was_request_accepted', 'did_accept'],
    outcome_timestamp: ['outcome_ts', 'outcome_at', 'responded_at', 'accepted_at', 'decision_ts'],
    relationship_id: ['relationship_key', 'edge_id', 'friendship_id', 'connection_id', 'rel_id', 'id'],
    user_id_from: ['from_user_id', 'source_user_id', 'src_user_id', 'src_id', 'requester_id', 'requester_user_id', 'sender_id', 'sender_user_id', 'follower_id', 'actor_id', 'user_a_id', 'user_id_a', 'user_a', 'user1_id', 'user_id_1', 'user_id'],
    user_id_to: ['to_user_id', 'dest_user_id', 'dst_user_id', 'dst_id', 'recipient_id', 'receiver_id', 'receiver_user_id', 'addressee_id', 'followee_id', 'friend_id', 'friend_user_id', 'user_b_id', 'user_id_b', 'user_b', 'user2_id', 'user_id_2', 'other_user_id'],
    relationship_type: ['type', 'edge_type', 'connection_type', 'rel_type', 'kind'],
    status: ['relationship_status', 'state', 'edge_status', 'connection_status'],
    created_timestamp: ['created_at', 'created_ts', 'since_ts', 'connected_at', 'status_timestamp', 'updated_at'],
    interaction_score: ['tie_strength', 'affinity_score', 'strength_score', 'closeness_score', 'engagement_score'],
    is_private_account: ['is_private', 'private_account', 'is_private_profile', 'private_profile', 'private', 'private_flag'],
    allow_friend_suggestions: ['allow_suggestions', 'allow_pymk', 'pymk_enabled', 'suggestions_enabled', 'is_discoverable', 'discoverable'],
    pymk_frequency_preference: ['pymk_frequency', 'suggestion_frequency', 'frequency_preference'],
    last_updated: ['updated_at', 'last_updated_at', 'last_updated_ts', 'modified_at'],
    valid_from: ['effective_from', 'valid_from_ts', 'effective_from_ts', 'valid_from_date', 'effective_start_ts', 'scd_valid_from', 'row_valid_from'],
  },
  questions: [
    {
      id: 'daily-suggestion-funnel',
      label: 'suggestions shown, viewed, requested and accepted per day',
      sql: `SELECT date_partition, COUNT(*) AS shown,
  SUM(was_viewed) AS viewed, SUM(was_requested) AS requested, SUM(was_accepted) AS accepted
FROM fact_pymk_suggestions
GROUP BY date_partition`,
    },
    {
      id: 'acceptance-by-account-type',
      label: 'acceptance of suggestions of private and public accounts',
      sql: `SELECT CASE WHEN p.is_private_account = 1 THEN 'private' ELSE 'public' END AS account_type,
  COUNT(*) AS suggestions, SUM(s.was_requested) AS requested, SUM(s.was_accepted) AS accepted
FROM fact_pymk_suggestions AS s
LEFT JOIN dim_user_privacy AS p ON p.user_id = s.suggested_user_id
GROUP BY 1`,
    },
    {
      id: 'friends-per-user',
      label: 'active friends per user, counting both directions',
      sql: `SELECT member, COUNT(*) AS friends
FROM (
  SELECT user_id_from AS member FROM fact_user_relationships WHERE relationship_type = 'friend' AND status = 'active'
  UNION ALL
  SELECT user_id_to FROM fact_user_relationships WHERE relationship_type = 'friend' AND status = 'active'
) AS ends
GROUP BY member`,
    },
    {
      id: 'suggested-despite-block',
      label: 'suggestions between two users with a block between them',
      sql: `SELECT COUNT(*) AS suggestions_across_a_block
FROM fact_pymk_suggestions AS s
WHERE EXISTS (
  SELECT 1 FROM fact_user_relationships AS r
  WHERE r.status = 'blocked'
    AND ((r.user_id_from = s.target_user_id AND r.user_id_to = s.suggested_user_id)
      OR (r.user_id_from = s.suggested_user_id AND r.user_id_to = s.target_user_id))
)`,
    },
  ],
  passMark: 70,
}

export default pymkModel
