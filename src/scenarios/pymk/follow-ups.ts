import { defineFollowUps } from '../types'

/** What an interviewer asks after the PYMK exercises, and what a strong answer covers. */
export const pymkFollowUps = defineFollowUps([
  {
    id: 'privacy-in-recommendations',
    part: 'product',
    question: 'Suggesting private accounts can reveal who someone knows. Where do privacy rules belong in the recommendation pipeline?',
    talkingPoints: [
      'Respect the user\'s settings as hard filters, applied before ranking and again at serving time: blocked users, people who opted out of suggestions, accounts that restrict discovery.',
      'Mutual-friend explanations can leak a private friend list; show counts, or only friends the viewer can already see.',
      'Treat a missing privacy row as the most protective default, or measure how many users are affected before deciding otherwise.',
      'Log why each suggestion was made so a privacy review can audit it, and honour deletions in the feature tables too.',
      'Measure harm, not only acceptance: blocks and reports after a suggestion are guardrail metrics.',
    ],
    tags: ['privacy'],
  },
  {
    id: 'graph-candidates-at-scale',
    part: 'sql',
    question: 'Friends-of-friends for one user is a self-join. How do you produce candidates for every user every day?',
    talkingPoints: [
      'Precompute candidates in a batch graph job, partitioned by user, and store the top few hundred per user with their mutual counts.',
      'Cap the fan-out: users with huge friend lists dominate the join; sample or skip them when generating candidates for others.',
      'Index the relationship table on both ends (from and to) or store each friendship in both directions so lookups do not need an OR.',
      'Refresh incrementally from new and removed friendships instead of rebuilding the whole graph.',
    ],
    tags: ['query-performance', 'indexing', 'scaling'],
  },
  {
    id: 'relationships-history-and-retention',
    part: 'model',
    question: 'Friendships change state (pending, active, blocked). How do you model the history, partition it, and how long do you keep suggestions?',
    talkingPoints: [
      'Keep current state in a relationship table and changes as an append-only event log with timestamps, so "was this a friend on June 1" is answerable.',
      'Partition suggestions by date; they are large and mostly read for recent experiments, so keep a short hot window and aggregate the rest.',
      'A block must take effect everywhere immediately, whatever the history says.',
    ],
    tags: ['partitioning', 'retention'],
  },
  {
    id: 'disagreeing-with-the-pm',
    part: 'collaboration',
    question: 'The PM wants to lower the mutual-friend threshold to lift acceptance numbers. You think it will hurt private users. How do you handle it?',
    talkingPoints: [
      'Agree on the goal first (lasting connections, not accepted requests) and propose metrics that capture it, with blocks and reports as guardrails.',
      'Offer an experiment with a pre-registered decision rule rather than an argument.',
      'Bring in the privacy team early, and write down the decision and its reasons.',
      'Own the follow-through: after launch, check the guardrails and report back even if the result is unwelcome.',
    ],
    tags: ['collaboration', 'ownership'],
  },
])
