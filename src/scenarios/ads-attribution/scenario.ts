import type { DatasetVariant } from '../../datasets/types'
import { toScenarioId } from '../../engine/ids'
import { definePythonExercise } from '../python-exercise'
import { defineModelExercise } from '../model-exercise'
import { defineProductExercise } from '../product-exercise'
import { defineSqlExercise, type ScenarioFiles } from '../sql-exercise'
import { defineScenario } from '../types'
import { adsFollowUps } from './follow-ups'
import { adsTables } from './tables'

// Statements and references as raw text. Only this folder: a wider './**' would also bundle
// the generator's design notes under data/, which name the planted story the learner is meant
// to find. The known-wrong answers load on demand, from known-wrong.ts, for the graders only.
const files: ScenarioFiles = {
  text: import.meta.glob('./*.{md,sql,py}', { query: '?raw', import: 'default', eager: true }),
  modules: import.meta.glob('./*.{cases,rubric,spec}.ts'),
  loadWrong: () => import('./known-wrong').then((m) => m.knownWrongFiles),
}

const scenarioId = 'ads-attribution'

/**
 * The datasets ads-attribution exercises are graded on: the visible one first, then hidden
 * variants with other seeds and sizes. Every variant holds every planted edge case.
 */
const adsVariants: DatasetVariant[] = [
  { key: 'visible', seed: 3, scale: 1 },
  { key: 'hidden-1', seed: 6151, scale: 0.6 },
  { key: 'hidden-2', seed: 90210, scale: 0.8 },
]

export const adsAttribution = defineScenario({
  id: toScenarioId(scenarioId),
  position: 3,
  title: 'Ads attribution and ROAS',
  summary: 'Advertisers doubt their return on ad spend: measure it under several attribution models and see where they disagree.',
  story: files.text['./story.md'],
  asOf: '2024-06-30',
  tables: adsTables,
  variants: adsVariants,
  followUps: adsFollowUps,
  exercises: [
    defineProductExercise(
      {
        scenarioId,
        title: "Do the ads pay back? Attribution, incrementality and a window test",
        hints: [
          "Compare ROAS under last-touch, linear and time-decay attribution: upper-funnel campaigns look very different under each.",
          "Incrementality needs a control group that was not shown the ads: holdouts, ghost ads or geo experiments.",
          "For the window test, think about what advertisers see in their reports, which metric decides, and what must not get worse (revenue, advertiser churn).",
        ],
      },
      files,
    ),
    defineModelExercise(
      {
        scenarioId,
        title: "Design the ads attribution schema",
        hints: [
          "Start from the grains: one raw event, one share of credit for one purchase, one campaign. Each becomes its own table with its own key.",
          "Credit is per touch: key the attribution fact on (conversion_event_id, touchpoint_event_id) and put the touch's campaign_id on the row, so ROAS is a GROUP BY campaign_id joined to the campaign's spend.",
          "Make keys and campaign_id NOT NULL and money and weights DECIMAL. Give the event log date_partition DATE NOT NULL with PARTITION BY date_partition. Key the campaign dimension on campaign_id alone.",
        ],
      },
      files,
    ),
    defineSqlExercise(
      {
        scenarioId,
        slug: 'sql-campaign-funnel',
        title: 'June funnel per campaign',
        difficulty: 'easy',
        orderBy: ['campaign_id'],
        hints: [
          'Start from dim_ad_campaigns, not from the events: every campaign needs a row, even one that served nothing in June.',
          'Count each event type separately inside one pass over June\'s events (SUM(event_type = \'click\') or COUNT(*) FILTER (WHERE ...)), then LEFT JOIN those counts to the campaigns and turn missing counts into 0.',
          'Use 100.0 so the division is not integer, and leave a rate NULL when its denominator is 0: in SQLite x / 0 is already NULL, so do not COALESCE the rates.',
        ],
      },
      files,
    ),
    defineSqlExercise(
      {
        scenarioId,
        slug: 'sql-campaign-roas',
        title: 'ROAS of June campaigns under three attribution models',
        difficulty: 'medium',
        orderBy: ['linear_roas', 'campaign_id'],
        hints: [
          'A touchpoint row credits its own campaign_id with conversion_value_usd x weight; add those up per campaign before touching dim_ad_campaigns, so spend is never repeated once per touchpoint.',
          'LEFT JOIN the revenue to the June campaigns: a campaign without touchpoints earned 0, so its ROAS is 0.00, while a campaign with no spend has no ROAS at all (NULLIF(spend, 0)).',
          'Compute the rounded ROAS in a CTE, then derive the tier from that rounded column in the outer query; order with linear_roas IS NULL first so NULLs go last, then linear_roas DESC, campaign_id.',
        ],
      },
      files,
    ),
    defineSqlExercise(
      {
        scenarioId,
        slug: 'sql-last-touch-from-events',
        title: 'Last-touch attribution from raw events',
        difficulty: 'hard',
        orderBy: ['attributed_revenue', 'campaign_id'],
        hints: [
          'Join each June conversion to the same user\'s impressions and clicks, then keep exactly one touch per conversion: the latest.',
          'The window is half-open: event_timestamp >= datetime(conversion, \'-7 days\') AND event_timestamp < conversion. A touch at the conversion\'s own second is not before it.',
          'Rank the touches with ROW_NUMBER() OVER (PARTITION BY conversion ORDER BY event_timestamp DESC, event_type = \'click\' DESC, event_id DESC) and keep rank 1; an inner join already leaves out conversions without a touch.',
        ],
      },
      files,
    ),
    definePythonExercise(
      {
        scenarioId,
        slug: 'py-attribution-calculator',
        functionNames: ['AttributionCalculator'],
        parameters: { AttributionCalculator: ['attribution_window_days'], process_ad_event: ['event'] },
        title: 'Multi-touch attribution calculator',
        difficulty: 'medium',
        hints: [
          'Keep a list of touchpoints per user and add only impressions and clicks to it. A conversion is answered from that list but never added to it.',
          'The window includes both ends: keep touches with touch <= conversion and conversion - touch <= timedelta(days=attribution_window_days), in the order they arrived.',
          'first_touch and last_touch put 1.0 on one end, linear gives 1/n each; for time decay use (conversion - touch).days (whole days), weight 1 / sqrt(days + 1), then divide each weight by their sum.',
        ],
      },
      files,
    ),
  ],
})

export default adsAttribution
