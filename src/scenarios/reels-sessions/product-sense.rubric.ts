import type { Rubric } from '../../engine/rubric/types'
import { experimentPlan } from './product-sense.experiment'
import {
  EXPERIMENT_HEADINGS, armsConcept, durationConcept, guardrailsConcept, hypothesisConcept, noveltyConcept, primaryMetricConcept, randomizationConcept,
  resultSegmentsConcept,
} from '../../engine/rubric/experiment-concepts'

/** Reels session duration fell: metrics, hypotheses, an A/B test of pre-loading. */
export const reelsSessionsRubric: Rubric = {
  id: 'reels-sessions/product-sense',
  title: 'Reels session duration drop',
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
          id: 'decomposition',
          label: 'which part fell: sessions per user, videos per session or watch time per video',
          synonyms: ['decompos', 'sessions per user', 'session frequency', 'number of sessions', 'fewer sessions', 'watch time per video', 'time per video', 'split session duration', 'break session duration'],
        },
        {
          id: 'distribution',
          label: 'the distribution of session length, not only the average',
          synonyms: ['distribution', 'histogram', 'median', 'percentile', 'p50', 'p90', 'long tail', 'outlier'],
        },
        {
          id: 'skips-and-completion',
          label: 'skip and completion rates per video',
          synonyms: ['skip', 'completion rate', 'complete rate', 'watch through', 'swipe away', 'view duration', 'watch time', 'rewatch'],
        },
        {
          id: 'session-depth',
          label: 'videos per session and where in the session users leave',
          synonyms: ['videos per session', 'video count', 'session depth', 'drop off', 'exit rate', 'where users leave', 'abandon'],
        },
        {
          id: 'loading',
          label: 'loading and playback speed (start time, time to next video, buffering)',
          synonyms: ['latency', 'load time', 'loading', 'buffer', 'start time', 'time to next video', 'time to first frame', 'stall'],
        },
        {
          id: 'metric-segments',
          label: 'the metrics split by segment (device, network, country, app version)',
          synonyms: ['segment', 'device', 'platform', 'ios', 'android', 'country', 'network type', 'wifi', 'cellular', 'app version', 'new vs existing', 'break down', 'breakdown'],
        },
      ],
      anchors: {
        strong: `- Decompose the drop: sessions per user, videos per session and watch time per video. Each points to a different cause.
- Look at the distribution of session length (median and p90), not only the mean: a few very long sessions can move the average.
- Skip rate in the first 3 seconds and completion rate per video.
- Session depth: videos per session and the drop-off curve by position in the session.
- Playback speed: video start time, time to next video, buffering and stall rate.
- Split all of these by device, network type (wifi or cellular), country and app version.`,
        medium: `- Skip rate per video.
- Average videos per session.
- Video load time.`,
        weak: `- Check whether people watch less.`,
      },
    },
    {
      id: 'hypotheses',
      headings: ['root cause', 'cause', 'hypothes', 'diagnos'],
      title: 'Root-cause hypotheses',
      weight: 30,
      concepts: [
        {
          id: 'recommendations',
          label: 'a ranking or recommendation change',
          synonyms: ['algorithm', 'recommendation', 'ranking', 'model update', 'model change'],
        },
        {
          id: 'content-supply',
          label: 'content supply (fewer uploads or weaker content from creators)',
          synonyms: ['content supply', 'creator', 'upload', 'content quality', 'inventory'],
        },
        {
          id: 'performance',
          label: 'technical performance (slower loading, crashes, errors)',
          synonyms: ['latency', 'loading', 'load time', 'slow', 'slower', 'time to first frame', 'ttff', 'crash', 'error rate', 'performance', 'buffer'],
        },
        {
          id: 'external',
          label: 'external causes (competitors, seasonality)',
          synonyms: ['competition', 'competitor', 'tiktok', 'youtube', 'seasonal', 'seasonality', 'holiday', 'summer', 'school', 'external'],
        },
        {
          id: 'measurement',
          // Logging is a cause of the drop among the hypotheses, a risk to the read in the test part.
          ownPartOnly: true,
          label: 'a measurement change (session definition, logging)',
          synonyms: ['session definition', 'session timeout', 'definition change', 'instrumentation', 'log + change', 'log + bug', 'tracking bug', 'tracking change'],
        },
        {
          id: 'evidence',
          label: 'evidence for each hypothesis and an order to check them in',
          synonyms: ['evidence', 'validate', 'confirm', 'rule out', 'verify', 'check', 'priorit'],
        },
      ],
      anchors: {
        strong: `1. **Measurement**: did the session definition or timeout change, or did logging break in a release? Rule this out first; it is quick.
2. **Performance**: slower loading or more crashes after an app release. Evidence: start time and error rate by app version.
3. **Recommendations**: a ranking model update made the next video less relevant. Evidence: the experiment log and skip rate on recommended videos.
4. **Content supply**: fewer creator uploads, or weaker content in the feed. Evidence: uploads per day and the age of videos shown.
5. **External**: competition from TikTok or YouTube Shorts, or seasonality (school holidays). Evidence: the same weeks last year.
Prioritise by how likely and how cheap to check: measurement and performance first.`,
        medium: `- The recommendation model may have changed.
- Videos may load more slowly.`,
        weak: `- People are busy.`,
      },
    },
    {
      id: 'ab-test',
      headings: EXPERIMENT_HEADINGS,
      title: 'A/B test design (pre-loading)',
      weight: 40,
      concepts: [
        hypothesisConcept(),
        armsConcept(),
        randomizationConcept(),
        primaryMetricConcept([], ['session length', 'session duration', 'time spent', 'watch time']),
        guardrailsConcept(['battery', 'data usage', 'crash rate']),
        durationConcept(),
        noveltyConcept(),
        resultSegmentsConcept(['by device', 'low end device', 'by network', 'slow network', 'cellular + result', 'cellular + effect']),
      ],
      anchors: {
        strong: `- **Hypothesis**: pre-loading the next three videos will increase session duration, because users wait less between videos.
- **Arms**: control keeps lazy loading; treatment pre-loads the next three videos. Randomise by user id, 50/50.
- **Primary metric**: average session duration per user; secondary: videos per session and time to next video.
- **Guardrails**: crash rate, mobile data usage and battery drain must not get worse.
- **Sample size and duration**: a power analysis with the session-duration standard deviation and a 2% minimum detectable effect gives the users per arm; at our traffic that is two full weeks.
- **Novelty**: run whole weeks for the weekday cycle and check the effect does not wear off in week two.
- **Segments**: read the result by device (low-end phones gain most from pre-loading) and by network (cellular users pay for the data).`,
        medium: `- Control: lazy loading. Treatment: pre-load the next videos.
- Primary metric: session duration.
- Run for one week.`,
        weak: `- Turn on pre-loading and see if sessions get longer.`,
      },
    },
  ],
}

export default reelsSessionsRubric
