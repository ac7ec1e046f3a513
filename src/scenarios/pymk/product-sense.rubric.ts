import type { Rubric } from '../../engine/rubric/types'
import { experimentPlan } from './product-sense.experiment'
import {
  EXPERIMENT_HEADINGS, armsConcept, durationConcept, guardrailsConcept, hypothesisConcept, interferenceConcept, primaryMetricConcept, randomizationConcept,
  resultSegmentsConcept,
} from '../../engine/rubric/experiment-concepts'

/** What success means for People You May Know when it suggests private accounts; an A/B test of the mutual-friend threshold. */
export const pymkRubric: Rubric = {
  id: 'pymk/product-sense',
  title: 'PYMK success with private accounts',
  passMark: 60,
  experiment: experimentPlan,
  criteria: [
    {
      id: 'success-metrics',
      headings: ['success', 'metric'],
      title: 'What success means for private-account suggestions',
      weight: 60,
      concepts: [
        {
          id: 'request-rate',
          label: 'how often a suggestion leads to a request (request rate, click-through)',
          synonyms: ['request rate', 'send rate', 'requests sent', 'click through', 'ctr', 'follow request rate', 'suggestion to request'],
        },
        {
          id: 'acceptance',
          label: 'how often the private account accepts (acceptance rate)',
          synonyms: ['acceptance rate', 'accept rate', 'approval rate', 'accepted', 'accept'],
        },
        {
          id: 'sustained-interaction',
          label: 'interaction after connecting (messages, comments, likes)',
          synonyms: ['sustained', 'still interact', 'meaningful interaction', 'interaction after', 'engagement after', 'messages', 'message each other', 'interaction + after + accept', 'interaction + after + acceptance', 'interact + after + accept', 'interact + after + acceptance'],
        },
        {
          id: 'connection-retention',
          label: 'whether connections last (still active months later, unfollows)',
          synonyms: ['long term', 'still active', 'connection + still', 'last connection', 'connection + last', 'unfollow', 'unfriend', 'remove + connection', 'durable', 'connection retention'],
        },
        {
          id: 'private-vs-public',
          label: 'private-account results compared with public ones',
          synonyms: ['private + public', 'compared to public', 'versus public', 'vs public', 'vs + for public', 'public account'],
        },
        {
          id: 'mutual-friends',
          label: 'results by number of mutual friends',
          // Mutual friends are the question's own words: the point is reading results by their number.
          synonyms: ['by + mutual friend', 'mutual friend + bucket', 'mutual friend + count', 'number of mutual', 'per + mutual friend', 'mutual friend + cut', 'mutual friend + break', 'by + mutual connection', 'by + shared friend'],
        },
        {
          id: 'harm',
          label: 'harm to the private user (ignored or declined requests, blocks, reports, unwanted requests)',
          synonyms: ['ignored request', 'ignore rate', 'decline', 'reject rate', 'rejection', 'block', 'report', 'spam', 'unwanted', 'privacy complaint', 'pending request', 'harass'],
        },
        {
          id: 'targets',
          label: 'a target that says what counts as success for each metric',
          synonyms: ['target', 'benchmark', 'goal', 'success threshold', 'success means', 'success looks like'],
        },
      ],
      anchors: {
        strong: `- **Request rate**: share of private-account suggestions that lead to a follow request.
- **Acceptance rate**: share of those requests the private account accepts; target above 50% for 3+ mutual friends.
- **Sustained interaction**: accepted pairs that message, comment or like each other within 30 days. This is the real goal: a connection that is used.
- **Connection retention**: share still connected (no unfollow or removal) after 6 months.
- **Harm**: declined and pending requests, blocks and reports per 1,000 suggestions; a private user flooded with unwanted requests is a failure even if some accept.
- Compare each metric between private and public accounts, and break it down by number of mutual friends.`,
        medium: `- Acceptance rate of follow requests.
- Messages between the two users after they connect.`,
        weak: `- Count how many suggestions we show.`,
      },
    },
    {
      id: 'ab-test',
      headings: EXPERIMENT_HEADINGS,
      title: 'A/B test design (mutual-friend threshold)',
      weight: 40,
      concepts: [
        hypothesisConcept(['require + mutual friend', 'raise + threshold', 'higher threshold', 'stricter threshold']),
        armsConcept(['vs current', 'versus current']),
        randomizationConcept(['by viewer', 'viewer level', 'randomiz viewers']),
        primaryMetricConcept([], ['acceptance rate', 'connection', 'new friend']),
        guardrailsConcept(['suggestion volume']),
        durationConcept(['at least 30 day', 'long enough']),
        interferenceConcept(['both sides', 'receiver + arm', 'private user + both arm']),
        resultSegmentsConcept(['new users + result', 'new users + effect']),
      ],
      anchors: {
        strong: `- **Hypothesis**: requiring 2+ mutual friends before suggesting a private account will raise acceptance and sustained interaction, at the cost of fewer suggestions.
- **Arms**: control keeps the 1+ threshold; treatment requires 2+. Randomise by viewer (the user who sees suggestions), 50/50.
- **Primary metric**: sustained connections per viewer: accepted requests followed by interaction within 30 days.
- **Guardrails**: total suggestion volume, requests sent, blocks and reports must not get worse.
- **Duration**: at least 30 days of follow-up after the last suggestion, so the 30-day metric is complete; a power analysis on sustained connections per viewer sets the sample size.
- **Interference**: a private user gets requests from viewers in both arms, so treatment changes what control users' targets experience; cluster randomization on the friend graph limits it.
- **Segments**: read the result separately for new users, who have few mutual friends and may lose most of their suggestions.`,
        medium: `- Control: 1+ mutual friends; treatment: 2+.
- Primary metric: acceptance rate.`,
        weak: `- Try 2 mutual friends and see what happens.`,
      },
    },
  ],
}

export default pymkRubric
