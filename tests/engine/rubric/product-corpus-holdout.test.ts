/**
 * A held-out set (tests/fixtures/product-corpus-holdout/): 12 answers written in session 4 by
 * three more writers who saw only the statements (terse and strong, prose and strong, junior
 * and weak or medium), labelled by a reader who never ran the grader, and added after the
 * rules were tuned on the main corpus by someone who never saw them. It measures whether the
 * rules generalise: the point figures are printed, not tuned to; the reader's verdicts are
 * asserted, and the one answer where the engine and the reader disagree today is named below,
 * so that a change in either direction shows.
 */
import { describe, expect, it } from 'vitest'
import { confusionOf, describeConfusion, gradeCorpus, listDisagreements } from '../../support/product-corpus'

const { scenarios, graded, labels } = gradeCorpus(new URL('../../fixtures/product-corpus-holdout/', import.meta.url))

/**
 * Verdicts the engine gets wrong today, with why. The reader counts 11 of 17 points in this
 * answer as the engine does; it fails the answer for reasoning the rubric does not weigh (users
 * as the unit of a setting advertisers see, "should be enough data" as its sizing, shipping the
 * window whose reported ROAS is higher, which a longer window always is).
 */
const KNOWN_WRONG_VERDICTS: Record<string, string> = {
  'ads-attribution/g-01-weak.md': 'accepted at 66 (pass mark 60); the reader fails it',
}

describe('product-sense held-out answers', () => {
  it('prints the confusion figures per scenario and in total', () => {
    const lines = [...scenarios.map((s) => describeConfusion(s, confusionOf(graded.filter((g) => g.scenario === s)))), describeConfusion('total', confusionOf(graded))]
    console.log(['Product-sense held-out answers (engine vs reader):', ...lines, 'Disagreements:', ...listDisagreements(graded)].join('\n'))
    expect(graded).toHaveLength(Object.keys(labels).length)
  })

  it.each(graded.filter((g) => g.label.verdict === 'strong').map((g) => [g.file, g] as const))('accepts the strong answer %s', (_, g) => {
    expect(g.verdict, g.feedback.join('\n')).toBe('accepted')
  })

  it.each(graded.filter((g) => g.label.verdict === 'weak').map((g) => [g.file, g] as const))('rejects the weak answer %s, or it is a named known disagreement', (_, g) => {
    if (KNOWN_WRONG_VERDICTS[g.file]) expect(g.verdict, `${g.file} is now rejected: remove it from KNOWN_WRONG_VERDICTS`).toBe('accepted')
    else expect(g.verdict, g.feedback.join('\n')).toBe('rejected')
  })
})
