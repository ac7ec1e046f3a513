import { composeAnchorAnswer, type Rubric, type RubricResult } from '../../../engine/rubric'
import { Markdown } from '../../../ui/markdown'
import { useAppStore, type SelfRating } from '../../../store'

const LEVELS: SelfRating[] = ['strong', 'medium', 'weak']

interface Props {
  exerciseId: string
  rubric: Rubric
  result: RubricResult
  /** The answer as it was submitted. */
  answer: string
}

/** After a Submit: the reference answer beside the learner's, and a self-rating per part of the rubric. */
export function ProductReview({ exerciseId, rubric, result, answer }: Props) {
  const ratings = useAppStore((state) => state.selfRatings[exerciseId])
  const rate = useAppStore((state) => state.rateCriterion)
  return (
    <>
      <section aria-labelledby="compare-heading" className="card product-compare">
        <h2 id="compare-heading" className="section-title">
          Your answer and the reference
        </h2>
        <div className="compare-sides">
          <div aria-label="Your submitted answer" role="region">
            <h3 className="subsection-title">Yours</h3>
            <Markdown>{answer}</Markdown>
          </div>
          <div aria-label="Reference answer" role="region">
            <h3 className="subsection-title">Reference</h3>
            <Markdown>{composeAnchorAnswer(rubric, 'strong')}</Markdown>
          </div>
        </div>
      </section>
      <section aria-labelledby="rating-heading" className="card self-rating">
        <h2 id="rating-heading" className="section-title">
          Rate yourself
        </h2>
        <p className="muted">For each part, how does your answer compare with the example answers?</p>
        {rubric.criteria.map((criterion) => {
          const detected = result.criteria.find((c) => c.id === criterion.id)
          const rating = ratings?.[criterion.id]
          const points = detected ? detected.covered.length + detected.missing.length : criterion.concepts.length
          return (
            <fieldset key={criterion.id} className="rating-group">
              <legend>{criterion.title}</legend>
              <div className="rating-options">
                {LEVELS.map((level) => (
                  <label key={level}>
                    <input
                      type="radio"
                      name={`rating-${exerciseId}-${criterion.id}`}
                      value={level}
                      checked={rating === level}
                      onChange={() => rate(exerciseId, criterion.id, level)}
                    />{' '}
                    {level}
                  </label>
                ))}
              </div>
              <details className="anchors">
                <summary>Show what strong, medium and weak look like</summary>
                {LEVELS.map((level) => (
                  <div key={level} className="anchor">
                    <h4>{level[0].toUpperCase() + level.slice(1)}</h4>
                    <Markdown>{criterion.anchors[level]}</Markdown>
                  </div>
                ))}
              </details>
              {rating && detected && (
                <p className="rating-comparison">
                  You rated {criterion.title} {rating}; the answer covers {detected.covered.length} of {points} points.
                </p>
              )}
            </fieldset>
          )
        })}
      </section>
    </>
  )
}
