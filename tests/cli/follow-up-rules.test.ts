import { describe, expect, it } from 'vitest'
import { checkFollowUps, checkFollowUpTopics, FOLLOW_UP_TOPICS } from '../../src/cli/follow-up-rules'
import { checkScenarioShape } from '../../src/cli/scenario-rules'
import { scenarios } from '../../src/scenarios'
import { feedEngagement } from '../../src/scenarios/feed-engagement/scenario'
import { feedEngagementData } from '../../src/scenarios/feed-engagement/scenario-data'
import type { FollowUp } from '../../src/scenarios/types'

const card: FollowUp = {
  id: 'late-events',
  part: 'sql',
  question: 'Events arrive two days late. What happens to your table?',
  talkingPoints: ['Re-run a trailing window.', 'Reconcile counts with the source.'],
  tags: ['late-data'],
}

describe('follow-up rules of scenarios:check', () => {
  it('finds every scenario with cards, and every interviewer topic covered across them', () => {
    for (const scenario of scenarios) expect(checkFollowUps(scenario), scenario.id).toEqual([])
    expect(checkFollowUpTopics(scenarios)).toEqual([])
  })

  it('reports a scenario without follow-up cards, through the shape check', async () => {
    const problems = await checkScenarioShape({ ...feedEngagement, followUps: [] }, feedEngagementData)
    expect(problems).toEqual([expect.stringMatching(/^src\/scenarios\/feed-engagement\/follow-ups\.ts is missing or empty: scenario feed-engagement has no follow-up discussions/)])
    expect(checkFollowUps({ id: feedEngagement.id, followUps: undefined })).toHaveLength(1)
  })

  it('reports a card without a question, with too few talking points, without tags or listed twice', () => {
    const problems = checkFollowUps({
      id: feedEngagement.id,
      followUps: [card, { ...card, question: ' ', talkingPoints: ['Only one.', ''], tags: [] }, { ...card, id: 'Bad Id', tags: ['Late Data'] }],
    })
    expect(problems).toEqual([
      'src/scenarios/feed-engagement/follow-ups.ts: follow-up "late-events" is listed twice; give one of them another id.',
      'src/scenarios/feed-engagement/follow-ups.ts: follow-up "late-events" needs a question: what the interviewer asks, in a sentence or two.',
      'src/scenarios/feed-engagement/follow-ups.ts: follow-up "late-events" needs at least two talking points: what a strong answer covers, one point per entry.',
      'src/scenarios/feed-engagement/follow-ups.ts: follow-up "late-events" has an empty talking point; write it or remove it.',
      expect.stringMatching(/follow-up "late-events" has no tags: name its topics/),
      'src/scenarios/feed-engagement/follow-ups.ts: follow-up "Bad Id" needs an id of lower-case words joined by hyphens, such as "late-arriving-events".',
      'src/scenarios/feed-engagement/follow-ups.ts: follow-up "Bad Id" has the tag "Late Data"; use lower-case words joined by hyphens.',
    ])
  })

  it('names each interviewer topic no card covers', () => {
    const withoutPrivacy = scenarios.map((s) => ({ ...s, followUps: s.followUps?.map((c) => ({ ...c, tags: c.tags.filter((t) => t !== 'privacy') })) }))
    expect(checkFollowUpTopics(withoutPrivacy)).toEqual([
      'No follow-up card covers privacy in recommendations: no card in any src/scenarios/<id>/follow-ups.ts has the tag "privacy". Add a card on it to the scenario it fits, with those tags.',
    ])
    const problems = checkFollowUpTopics([{ id: feedEngagement.id, followUps: [card] }])
    expect(problems).toHaveLength(FOLLOW_UP_TOPICS.length)
    expect(problems[0]).toMatch(/covers late-arriving data and reconciliation: .* has the tag "reconciliation"\./)
  })
})
