/** ER schemas shared by the diagram's layout test (node) and its component test (jsdom). */
import type { ErSchema, ErTable } from '../../src/engine/schema/types'

type Column = ErTable['columns'][number]
export const col = (name: string, type: string, keys = '', missing = false): Column => ({
  name,
  type,
  primaryKey: keys.includes('PK'),
  foreignKey: keys.includes('FK'),
  ...(missing ? { missing } : {}),
})

/** The feed scenario's reference model. */
export function feedReference(): ErSchema {
  return {
    tables: [
      {
        name: 'fact_user_sessions',
        role: 'session fact',
        kind: 'fact',
        columns: [
          col('session_id', 'BIGINT', 'PK'),
          col('user_id', 'BIGINT', 'FK'),
          col('session_start_ts', 'TIMESTAMP'),
          col('platform_type', 'VARCHAR(20)'),
          col('posts_viewed', 'INT'),
          col('date_partition', 'DATE'),
        ],
      },
      {
        name: 'fact_user_daily_activity',
        role: 'daily activity fact',
        kind: 'fact',
        columns: [col('user_id', 'BIGINT', 'PK FK'), col('activity_date', 'DATE', 'PK'), col('is_dau', 'BOOLEAN'), col('total_sessions', 'INT')],
      },
      {
        name: 'dim_user_cohorts',
        role: 'user dimension',
        kind: 'dimension',
        columns: [col('user_id', 'BIGINT', 'PK'), col('registration_date', 'DATE'), col('cohort_month', 'VARCHAR(7)')],
      },
    ],
    edges: [
      { from: { table: 'fact_user_sessions', column: 'user_id' }, to: { table: 'dim_user_cohorts', column: 'user_id' } },
      { from: { table: 'fact_user_daily_activity', column: 'user_id' }, to: { table: 'dim_user_cohorts', column: 'user_id' } },
    ],
  }
}
