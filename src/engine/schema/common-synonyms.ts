/**
 * Column names interview answers use for the same thing across scenarios. Each scenario's
 * spec spreads these into its own `synonyms` and adds its own.
 */
export const commonSynonyms: Record<string, string[]> = {
  user_id: ['uid', 'userid', 'member_id', 'account_id', 'person_id'],
  date_partition: ['ds', 'dt', 'event_date', 'partition_date', 'date_key', 'date_id', 'day', 'date', 'date_part', 'part_date'],
  activity_date: ['date', 'ds', 'dt', 'day', 'activity_day', 'date_key', 'date_id', 'event_date', 'partition_date', 'date_partition'],
  hour_partition: ['hour', 'hr', 'event_hour', 'hour_of_day'],
  event_id: ['id', 'event_uuid', 'event_key'],
  event_type: ['type', 'event_name', 'action', 'action_type'],
  event_timestamp: ['event_ts', 'ts', 'event_time', 'timestamp', 'created_at', 'occurred_at', 'event_datetime'],
  session_id: ['sid', 'session_key', 'session_uuid'],
  registration_date: ['signup_date', 'sign_up_date', 'created_date', 'join_date', 'registered_date', 'created_at', 'registration_ts'],
}
