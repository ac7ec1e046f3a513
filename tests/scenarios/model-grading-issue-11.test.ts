/**
 * The data-model half of issue 11, checked on the real scenarios through the real grader
 * (sql.js in process): each fault a candidate met is tried again with a design of our own.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSqlJs } from '../../src/datasets/load-sql-js'
import { createModelGrader, type ModelGrader } from '../../src/grading/model-grader'
import { scenarioQuestions } from '../../src/scenarios/model-exercise'
import { scenarios } from '../../src/scenarios/index'
import { createInProcessSqlSandbox } from '../../src/sql-sandbox/in-process-sql-client'
import type { ModelExercise } from '../../src/scenarios/types'
import { dataModelSpecs } from '../support/scenario-content'

let grader: ModelGrader
beforeAll(async () => {
  grader = createModelGrader(createInProcessSqlSandbox(await loadSqlJs()))
})

function gradeIn(scenarioId: string, answer: string) {
  const scenario = scenarios.find((s) => s.id === scenarioId)!
  const exercise = scenario.exercises.find((e): e is ModelExercise => e.kind === 'model')!
  return grader.grade({ spec: dataModelSpecs[exercise.id], reference: exercise.reference, questions: scenarioQuestions(scenario), answer })
}

describe('pymk: a correct design that renames the relationship ends but not the interaction ends', () => {
  // The issue: renaming across the whole schema turned the interactions' user_id_from into
  // user_id_a ("no such column: i.user_id_a"). Renames go table by table now.
  const design = `
    CREATE TABLE users (user_id BIGINT PRIMARY KEY, country_code CHAR(2), registration_date DATE);
    CREATE TABLE privacy_settings (user_id BIGINT PRIMARY KEY REFERENCES users (user_id), is_private BOOLEAN NOT NULL,
      allow_suggestions BOOLEAN NOT NULL, updated_at TIMESTAMP NOT NULL);
    CREATE TABLE friendships (user_id_a BIGINT NOT NULL REFERENCES users (user_id), user_id_b BIGINT NOT NULL REFERENCES users (user_id),
      relationship_type VARCHAR(10) NOT NULL, status VARCHAR(10) NOT NULL, created_at TIMESTAMP NOT NULL,
      mutual_friends INT NOT NULL, tie_strength DECIMAL(5,2) NOT NULL, PRIMARY KEY (user_id_a, user_id_b));
    CREATE TABLE pymk_suggestions (suggestion_id VARCHAR(20) PRIMARY KEY, viewer_id BIGINT NOT NULL, candidate_id BIGINT NOT NULL,
      shown_at TIMESTAMP NOT NULL, reason VARCHAR(20), mutual_friends INT NOT NULL, score DECIMAL(5,4),
      was_viewed BOOLEAN NOT NULL, was_requested BOOLEAN NOT NULL, was_accepted BOOLEAN NOT NULL, outcome_at TIMESTAMP,
      ds DATE NOT NULL) PARTITION BY ds;
    CREATE TABLE fact_user_interactions (interaction_id BIGINT PRIMARY KEY, user_id_from BIGINT NOT NULL, user_id_to BIGINT NOT NULL,
      interaction_type VARCHAR(10) NOT NULL, interaction_timestamp TIMESTAMP NOT NULL);`

  it('is accepted and answers every question, with no renamed column that does not exist', async () => {
    const g = await gradeIn('pymk', design)
    expect(g.verdict, g.feedback.join('\n')).toBe('accepted')
    expect(g.questions.filter((q) => !q.answerable)).toEqual([])
    expect(JSON.stringify(g)).not.toContain('no such column')
  })
})

describe('reels-sessions: UNIQUE is drawn as unique, not as the key', () => {
  it('draws UNIQUE (creator_username) as a unique column beside the primary key', async () => {
    const scenario = scenarios.find((s) => s.id === 'reels-sessions')!
    const reference = scenario.exercises.find((e): e is ModelExercise => e.kind === 'model')!.reference
    expect(reference).toContain('UNIQUE (creator_username)')
    const g = await gradeIn('reels-sessions', reference)
    const creators = g.diagrams.answer.tables.find((t) => t.name === 'dim_creators')!
    expect(creators.columns.find((c) => c.name === 'creator_username')).toMatchObject({ primaryKey: false, unique: true })
    expect(creators.columns.find((c) => c.name === 'creator_id')).toMatchObject({ primaryKey: true })
  })
})

describe('feed-engagement: relationships are declared or named, never assumed', () => {
  /** The same design with the user columns named unlike `dim_users.uid`, and `declare` adding what a candidate declares. */
  const facts = (declare: { sessions: string; daily: string }) => `
    CREATE TABLE fact_user_sessions (session_id TEXT PRIMARY KEY, member_ref INTEGER NOT NULL${declare.sessions}, posts_viewed INTEGER NOT NULL,
      date_partition TEXT NOT NULL) PARTITION BY date_partition;
    CREATE TABLE fact_user_daily_activity (person_ref INTEGER NOT NULL, activity_date TEXT NOT NULL, is_dau INTEGER NOT NULL,
      total_sessions INTEGER NOT NULL, PRIMARY KEY (person_ref, activity_date)${declare.daily}) PARTITION BY activity_date;
    CREATE TABLE dim_users (uid INTEGER PRIMARY KEY, registration_date TEXT);`

  it('fails the relationships check for a design that declares and names no relationship', async () => {
    const g = await gradeIn('feed-engagement', facts({ sessions: '', daily: '' }))
    expect(g.checks.find((c) => c.id === 'relationships')).toMatchObject({ status: 'fail' })
    expect(g.diagrams.answer.edges).toEqual([])
  })

  it('passes it, and draws the edges, once the same design declares its foreign keys', async () => {
    const g = await gradeIn('feed-engagement', facts({ sessions: ' REFERENCES dim_users (uid)', daily: ', FOREIGN KEY (person_ref) REFERENCES dim_users (uid)' }))
    expect(g.checks.find((c) => c.id === 'relationships')).toMatchObject({ status: 'pass' })
    expect(g.diagrams.answer.edges).toEqual(
      expect.arrayContaining([
        { from: { table: 'fact_user_sessions', column: 'member_ref' }, to: { table: 'dim_users', column: 'uid' } },
        { from: { table: 'fact_user_daily_activity', column: 'person_ref' }, to: { table: 'dim_users', column: 'uid' } },
      ]),
    )
  })
})
