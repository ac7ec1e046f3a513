import { describe, expect, it } from 'vitest'
import { compareSelfRating, composeAnchorAnswer, levelForCoverage, scoreRubric } from '../../../src/engine/rubric'
import { productSenseRubrics } from '../../support/scenario-content'

describe('levelForCoverage and compareSelfRating', () => {
  it('reads coverage as strong from 75, medium from 40, weak below', () => {
    expect([100, 75, 74, 40, 39, 0].map(levelForCoverage)).toEqual(['strong', 'strong', 'medium', 'medium', 'weak', 'weak'])
  })

  it('says whether a rating is above, below or at the detected level', () => {
    expect(compareSelfRating('strong', 40)).toBe('higher')
    expect(compareSelfRating('weak', 80)).toBe('lower')
    expect(compareSelfRating('medium', 60)).toBe('matches')
  })

  it("agrees with our own anchors: each criterion's strong anchor reads strong, its weak one weak", () => {
    for (const rubric of Object.values(productSenseRubrics)) {
      const strong = scoreRubric(rubric, composeAnchorAnswer(rubric, 'strong'))
      const weak = scoreRubric(rubric, composeAnchorAnswer(rubric, 'weak'))
      for (const c of strong.criteria) expect(levelForCoverage(c.score), `${rubric.id} ${c.id} strong (${c.score})`).toBe('strong')
      for (const c of weak.criteria) expect(levelForCoverage(c.score), `${rubric.id} ${c.id} weak (${c.score})`).toBe('weak')
    }
  })
})
