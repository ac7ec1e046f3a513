/**
 * A held-out set: 12 more answers by another writer who never saw the rubric, labelled by a
 * reader who knows it (tests/fixtures/product-corpus-holdout/), added after the engine was tuned
 * on the main corpus and never used to tune it. It shows whether the rules generalise: strong
 * answers must be accepted and weak ones rejected; the point figures are printed, not tuned to.
 */
import { describe, expect, it } from 'vitest'
import { confusionOf, describeConfusion, gradeCorpus, listDisagreements } from '../../support/product-corpus'

const { scenarios, graded, labels } = gradeCorpus(new URL('../../fixtures/product-corpus-holdout/', import.meta.url))

describe('product-sense held-out answers', () => {
  it('prints the confusion figures per scenario and in total', () => {
    const lines = [...scenarios.map((s) => describeConfusion(s, confusionOf(graded.filter((g) => g.scenario === s)))), describeConfusion('total', confusionOf(graded))]
    console.log(['Product-sense held-out answers (engine vs second reader):', ...lines, 'Disagreements:', ...listDisagreements(graded)].join('\n'))
    expect(graded).toHaveLength(Object.keys(labels).length)
  })

  it.each(graded.filter((g) => g.label.verdict === 'strong').map((g) => [g.file, g] as const))('accepts the strong answer %s', (_, g) => {
    expect(g.verdict, g.feedback.join('\n')).toBe('accepted')
  })

  it.each(graded.filter((g) => g.label.verdict === 'weak').map((g) => [g.file, g] as const))('rejects the weak answer %s', (_, g) => {
    expect(g.verdict, g.feedback.join('\n')).toBe('rejected')
  })
})
