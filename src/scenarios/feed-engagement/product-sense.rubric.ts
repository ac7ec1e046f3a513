import type { Rubric } from '../../engine/rubric/types'
import { experimentPlan } from './product-sense.experiment'
import {
  EXPERIMENT_HEADINGS, armsConcept, durationConcept, guardrailsConcept, hypothesisConcept, interferenceConcept, noveltyConcept, primaryMetricConcept,
  randomizationConcept, resultSegmentsConcept,
} from '../../engine/rubric/experiment-concepts'

/** News Feed DAU/MAU fell from 0.65 to 0.58: metrics, root causes, an A/B test. */
export const feedEngagementRubric: Rubric = {
  id: 'feed-engagement/product-sense',
  title: 'News Feed DAU/MAU drop',
  passMark: 60,
  experiment: experimentPlan,
  criteria: [
    {
      id: 'metrics',
      headings: ['metric'],
      title: 'Metrics to investigate',
      weight: 30,
      concepts: [
        {
          id: 'ratio-decomposition',
          label: 'whether DAU fell or MAU grew (the ratio has two parts)',
          synonyms: ['numerator', 'denominator', 'decompos', 'dau + mau + which', 'dau + mau + separate', 'dau + mau + faster', 'dau + mau + split', 'mau + dau + faster', 'dau and mau separately', 'dau + separately', 'mau grew', 'mau increased', 'mau went up', 'mau + inflat', 'dau fell', 'dau fall', 'dau dropped', 'dau drop', 'dau declined', 'mau grow', 'mau growth', 'mau rise', 'daily actives fell'],
        },
        {
          id: 'retention',
          label: 'retention of new and existing users (D1/D7/D30, churn)',
          synonyms: ['retention', 'retained', 'churn', 'returning users', 'return rate', 'resurrect', 'stickiness', 'd1', 'd7', 'd30'],
        },
        {
          id: 'engagement-depth',
          label: 'engagement depth per visit (session length, scroll depth, interactions)',
          synonyms: ['session duration', 'session length', 'time spent', 'sessions per user', 'scroll depth', 'engagement rate', 'likes', 'comments + shares', 'posts viewed', 'interactions'],
        },
        {
          id: 'surface-shift',
          label: 'whether time moved to other surfaces (Stories, Reels, Messenger)',
          synonyms: ['stories', 'reels', 'other surface', 'cannibaliz', 'cannibalization', 'feature usage', 'time split', 'migrat', 'messenger'],
        },
        {
          id: 'metric-segments',
          label: 'the metrics split by segment (platform, country, new vs existing users)',
          synonyms: ['segment', 'by platform', 'ios', 'android', 'country', 'region', 'app version', 'device', 'demographic', 'acquisition channel', 'new vs existing', 'new and existing', 'break down', 'breakdown', 'slice'],
        },
      ],
      anchors: {
        strong: `- First split the ratio: did DAU fall, or did MAU grow (for example a signup push adding users who never come back)? The two need different fixes.
- Retention by signup cohort: D1, D7 and D30, and churn of long-time users.
- Engagement depth per visit: sessions per user, session length, scroll depth, likes, comments and shares per session.
- Surface shift: time in Stories, Reels and Messenger against time in Feed, in case users moved rather than left.
- Every metric broken down by platform (iOS, Android, web), app version, country and new vs existing users, to see where the drop sits.`,
        medium: `- Retention: D1 and D7 for new users.
- Session length and time spent in Feed.
- Compare iOS and Android.`,
        weak: `- Look at the dashboard and see which numbers went down.`,
      },
    },
    {
      id: 'root-causes',
      headings: ['root cause', 'cause', 'hypothes', 'diagnos'],
      title: 'Root-cause framework and hypotheses',
      weight: 30,
      concepts: [
        {
          id: 'timing',
          label: 'when the drop started and whether it was sudden or gradual',
          synonyms: ['sudden', 'gradual', 'when it started', 'when did', 'when the drop', 'step change', 'timeline', 'time series', 'release date', 'coincide', 'line up with', 'drop start', 'start on + day', 'exact day', 'exact date'],
        },
        {
          id: 'internal-change',
          label: 'internal changes (ranking or product releases, launches, bugs)',
          synonyms: ['algorithm', 'ranking', 'release', 'feature launch', 'product launch', 'launch + drop', 'launch + date', 'product change', 'app update', 'new version', 'redesign', 'feature change', 'experiment log', 'a/b test log'],
        },
        {
          id: 'content-supply',
          label: 'content supply (fewer or weaker posts from friends and creators)',
          // "likes per session as a measure of content quality" names a metric, not a cause.
          notInClauseWith: ['measure of', 'proxy for', 'proxy of', 'indicator of', 'signal of'],
          synonyms: ['content supply', 'posting frequency', 'friends post less', 'post less', 'posts per user', 'creator', 'content quality', 'inventory', 'fewer posts', 'less content', 'fewer stories'],
        },
        {
          id: 'external',
          label: 'external causes (competitors, seasonality, holidays)',
          synonyms: ['competition', 'competitor', 'competitive', 'tiktok', 'youtube', 'snapchat', 'seasonal', 'seasonality', 'holiday', 'summer', 'school', 'external', 'macro'],
        },
        {
          id: 'data-issue',
          label: 'a measurement or technical problem (logging, outage, crashes)',
          synonyms: ['log + broke', 'log + bug', 'log + issue', 'log + problem', 'log + change', 'data problem', 'instrumentation', 'tracking bug', 'tracking issue', 'tracking change', 'data pipeline', 'data quality', 'outage', 'crash', 'latency', 'bug', 'metric definition', 'definition change', 'bots'],
        },
        {
          id: 'evidence',
          label: 'the evidence that would confirm or rule out each hypothesis',
          synonyms: ['evidence', 'validate', 'confirm', 'rule out', 'verify', 'check', 'test the hypothesis'],
        },
      ],
      anchors: {
        strong: `1. **Timing first.** Plot daily DAU/MAU: a sudden step that lines up with a release date points inside; a gradual slide points to supply, competition or seasonality.
2. **Internal change.** A ranking or app release, or a launch that shipped to everyone. Evidence: the release calendar and experiment logs, and the drop limited to one platform or app version.
3. **Data problem.** Logging or instrumentation broke, or an outage or crash spike hit one client. Check event volumes per client before trusting the metric.
4. **Content supply.** Friends post less, or creator content crowds them out. Evidence: posts per user and the share of friend posts in impressions.
5. **External.** Competitors (TikTok, YouTube) or seasonality such as summer holidays. Evidence: the same dip last year, and which age groups moved.`,
        medium: `- A ranking change could have made Feed less relevant.
- Maybe people spend more time on TikTok.
- Could be summer.`,
        weak: `- Users got bored of the product.`,
      },
    },
    {
      id: 'ab-test',
      headings: EXPERIMENT_HEADINGS,
      title: 'A/B test design',
      weight: 40,
      concepts: [
        hypothesisConcept(),
        armsConcept(),
        randomizationConcept(),
        primaryMetricConcept([], ['dau mau', 'daily active']),
        guardrailsConcept(),
        durationConcept(),
        noveltyConcept(),
        resultSegmentsConcept(),
        interferenceConcept(),
      ],
      anchors: {
        strong: `- **Hypothesis**: showing more friend posts will increase the share of monthly users who come back each day.
- **Arms**: control keeps today's ranking; treatment raises the weight of friend posts. Users are randomised by user id, 50/50.
- **Primary metric**: DAU/MAU of users in the test (equivalently, days active per user over 28 days).
- **Guardrails**: total time spent, creator reach, ad revenue and negative feedback must not drop beyond a set threshold.
- **Sample size and duration**: with a 0.58 baseline and a 1% relative minimum detectable effect at alpha 0.05 and 80% power, a power analysis gives the users per arm; at our traffic that is three full weeks.
- **Novelty**: run whole weeks so weekday and weekend both count, and watch whether the effect wears off in week three.
- **Interference**: friends see each other's posts, so network effects can leak between arms; consider cluster randomization by friend graph.
- **Segments**: read the result by platform, country and new vs existing users before shipping.`,
        medium: `- Treatment gets more friend posts, control keeps the current feed.
- Primary metric: DAU/MAU.
- Run it for two weeks.`,
        weak: `- Try showing more friend posts and see if DAU/MAU goes up.`,
      },
    },
  ],
}

export default feedEngagementRubric
