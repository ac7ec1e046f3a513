import type { TemplateContext, TemplateFiles } from './context'

/** The interviewer's follow-up discussions shown on the scenario page: two cards to rewrite. */
export function followUpFiles({ name }: TemplateContext): TemplateFiles {
  return {
    'follow-ups.ts': `import { defineFollowUps } from '../types'

/**
 * What an interviewer asks after the exercises, and what a strong answer covers. TO CHANGE:
 * write your own questions (late data, partitioning, scaling, privacy, collaboration...), one
 * talking point per entry, and tag each card with its topics (kebab-case); scenarios:check
 * makes sure every topic of the interview loop has a card somewhere in the catalog.
 */
export const ${name}FollowUps = defineFollowUps([
  {
    id: 'late-ride-records',
    part: 'sql',
    question: 'Some stations upload their rides a day late. What happens to your revenue table, and how do you correct it?',
    talkingPoints: [
      'Rebuild each day from its rides so a re-run gives the same answer, and re-run the last few days every night.',
      'Compare ride counts per station and day with the source and alert on a gap.',
      'Mark corrected days on the dashboard so nobody reads a late upload as a real drop.',
    ],
    tags: ['late-data', 'reconciliation'],
  },
  {
    id: 'owning-the-numbers',
    part: 'collaboration',
    question: 'The city teams read your revenue numbers every Monday. What do you put in place so they can trust them?',
    talkingPoints: [
      'Data quality checks with alerts routed to the owning team.',
      'A runbook: how to re-run a day, whom to tell, and how to mark a dashboard as affected.',
      'Agree the definitions (what counts as a completed ride) with the teams, in writing.',
    ],
    tags: ['collaboration', 'ownership'],
  },
])
`,
  }
}
