import type { Check } from '../types'
import { sentencesOf, tokensOf, type Sentence } from './markdown-sentences'
import { normalizeWords, type Token } from './normalize'

export interface StatedDuration {
  days: number
  /** The sentence that states it, for feedback. */
  sentence: string
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14, month: 30 }
const words = (list: string[]): Set<string> => new Set(list.map((w) => normalizeWords(w)[0]))
/** A sentence about the test's length has one of these... */
const LENGTH_CUES = words(['duration', 'run', 'runs', 'running', 'runtime', 'length'])
const TEST_WORDS = words(['test', 'experiment'])
/** "for two weeks" is the test's length in a sentence about the test or its groups ("compare the groups for two weeks"). */
const TEST_CONTEXT = words(['test', 'experiment', 'group', 'arm', 'variant'])
/** ...and a quantity not followed by these (a "7-day window" is no test length)... */
const NOT_LENGTH_AFTER = words(['arm', 'group', 'variant', 'treatment', 'control', 'click', 'view', 'model', 'ramp', 'window', 'retention', 'attribution', 'active', 'lookback', 'rolling', 'sustained', 'engagement', 'conversion', 'retained', 'cohort', 'old', 'ago'])
/** ...nor preceded by these ("logged in last 7 days", "within 30 days"). */
const NOT_LENGTH_BEFORE = words(['last', 'past', 'within', 'after', 'previous', 'first', 'every', 'per'])

/**
 * The experiment length an answer states ("Duration: 3 weeks", "run it for 14 days", "a
 * two-week test"), in days (a month counts 30). A range ("2-3 weeks") gives its lower end,
 * since the test could stop there. Only sentences about running or the duration count, so
 * "7-day attribution window" or "active in the last 7 days" are not read as the test length.
 */
export function findExperimentDuration(markdown: string | readonly Sentence[]): StatedDuration | undefined {
  // A line labelled for the length ("Duration: 4 weeks") is the plan's length, whatever else
  // the answer says about running things (an incrementality holdout "run 2-4 weeks").
  const sentences = sentencesOf(markdown)
  const labelled = sentences.filter((s) => [s.label, s.section].some((l) => l !== undefined && DURATION_LABEL.test(l)))
  return findIn(labelled, true) ?? findIn(sentences, false)
}

const DURATION_LABEL = /^(?:[\d.]+\s*)?(?:test\s+|experiment\s+)?(?:duration|length|run ?time|how long|timeline|timing)\b/i

function findIn(sentences: readonly Sentence[], labelled: boolean): StatedDuration | undefined {
  for (const s of sentences) {
    const tokens = tokensOf(s)
    const hasCue = labelled || tokens.some((t) => LENGTH_CUES.has(t.word))
    for (let i = 0; i < tokens.length; i++) {
      const quantity = readQuantity(tokens, i)
      if (!quantity) continue
      const before = tokens[i - 1]?.word
      const after = tokens[quantity.end]?.word
      if ((before && NOT_LENGTH_BEFORE.has(before)) || (after && NOT_LENGTH_AFTER.has(after))) continue
      const aboutTest = (after !== undefined && TEST_WORDS.has(after)) || (before === 'for' && tokens.some((t) => TEST_CONTEXT.has(t.word)))
      if (hasCue || aboutTest) return { days: quantity.days, sentence: s.text }
    }
  }
  return undefined
}

/** `findExperimentDuration(markdown)?.days`. */
export function findExperimentDurationDays(markdown: string): number | undefined {
  return findExperimentDuration(markdown)?.days
}

/** "3 week", "2 3 week" (a range), "2 to 3 week", "1 full week" starting at tokens[i]. */
function readQuantity(tokens: readonly Token[], i: number): { days: number; end: number } | undefined {
  if (!/^\d+(\.\d+)?$/.test(tokens[i].word)) return undefined
  const n = Number(tokens[i].word)
  let j = i + 1
  if (tokens[j] && /^\d+$/.test(tokens[j].word)) j++
  else if (tokens[j] && (tokens[j].word === 'to' || tokens[j].word === 'or') && tokens[j + 1] && /^\d+$/.test(tokens[j + 1].word)) j += 2
  if (tokens[j]?.word === 'full' || tokens[j]?.word === 'calendar') j++
  const unit = tokens[j] ? UNIT_DAYS[tokens[j].word] : undefined
  if (unit === undefined || n <= 0) return undefined
  return { days: Math.round(n * unit), end: j + 1 }
}

export interface ExperimentLengthOptions {
  /**
   * Days of enrolment the sample size needs before rounding up to whole weeks. A stated length
   * at or above it but below `minimumDays` reaches the sample size yet cuts a week short.
   */
  sampleDays?: number
  /** One sentence with the numbers behind the minimum, appended to the message. */
  basis?: string
}

export interface ExperimentLengthAssessment {
  check: Check
  stated?: StatedDuration
  /** True when the stated length is too short to reach the sample size (only with `sampleDays`). */
  underpowered: boolean
}

/**
 * Flags an experiment planned shorter than it needs: `minimumDays` comes from the
 * experiment helper (`experimentDuration(...).recommendedDays`). Passes when the stated
 * length is at least that; fails when it is shorter or not stated.
 */
export function checkExperimentLength(markdown: string | readonly Sentence[], minimumDays: number, options: ExperimentLengthOptions = {}): Check {
  return assessExperimentLength(markdown, minimumDays, options).check
}

/** `checkExperimentLength` plus what the verdict needs: the stated length and whether it is underpowered. */
export function assessExperimentLength(markdown: string | readonly Sentence[], minimumDays: number, options: ExperimentLengthOptions = {}): ExperimentLengthAssessment {
  const need = describeDays(minimumDays)
  const basis = options.basis ? ` ${options.basis}` : ''
  const stated = findExperimentDuration(markdown)
  if (!stated) {
    return {
      underpowered: false,
      check: {
        id: 'experiment-length',
        status: 'fail',
        message: `Your test plan does not say how long the experiment runs. It needs at least ${need} to reach its sample size and to cover whole weeks.${basis}`,
      },
    }
  }
  const runs = describeDays(stated.days)
  const sampleDays = options.sampleDays
  if (stated.days < minimumDays && sampleDays !== undefined && stated.days >= sampleDays) {
    return {
      stated,
      underpowered: false,
      check: {
        id: 'experiment-length',
        status: 'fail',
        message: `Your test runs ${runs} ("${stated.sentence}"): enough to reach its sample size (${describeDays(sampleDays)}) but not whole weeks; run it at least ${need} so every weekday counts the same.${basis}`,
      },
    }
  }
  if (stated.days < minimumDays) {
    return {
      stated,
      underpowered: sampleDays !== undefined,
      check: {
        id: 'experiment-length',
        status: 'fail',
        message: `Your test runs ${runs} ("${stated.sentence}"), shorter than the ${need} it needs to reach its sample size; run it at least ${need}.${basis}`,
      },
    }
  }
  return {
    stated,
    underpowered: false,
    check: { id: 'experiment-length', status: 'pass', message: `Your test runs ${runs} ("${stated.sentence}"), enough for the ${need} it needs.${basis}` },
  }
}

/** "2 weeks (14 days)", "10 days", "1 day". */
export function describeDays(days: number): string {
  if (days % 7 === 0 && days >= 7) return `${days / 7} ${days === 7 ? 'week' : 'weeks'} (${days} days)`
  return `${days} ${days === 1 ? 'day' : 'days'}`
}
