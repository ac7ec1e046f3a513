import { findExercise, findScenario } from '../../scenarios'
import { REVIEW_INTERVALS_DAYS, sortReviews, useAppStore, type ReviewItem } from '../../store'
import { kindLabel } from '../../ui/exercise-tags'
import { exerciseHref, scenarioHref } from '../../ui/router'
import { useNow } from '../../ui/use-now'

const KIND_LABELS: Record<ReviewItem['kind'], string> = {
  mistake: 'Known mistake',
  rubric: 'Missed rubric point',
  'follow-up': 'Follow-up rated weak',
}

const targetHref = (item: ReviewItem): string =>
  'exerciseId' in item.target ? exerciseHref(item.target.exerciseId) : scenarioHref(item.target.scenarioId)

/**
 * What the item sends the learner back to, by name: the exercise's title and scenario for a
 * mistake or a rubric point (its label says what went wrong), the question itself for a follow-up.
 */
function describeTarget(item: ReviewItem): { title: string; where?: string; detail?: string } {
  if ('exerciseId' in item.target) {
    const found = findExercise(item.target.exerciseId)
    if (!found) return { title: item.label, where: `an exercise this version no longer has (${item.target.exerciseId})` }
    return { title: found.exercise.title, where: `${kindLabel(found.exercise.kind)} in ${found.scenario.title}`, detail: item.label }
  }
  const scenario = findScenario(item.target.scenarioId)
  return { title: item.label, where: scenario ? `follow-up in ${scenario.title}` : undefined }
}

const formatDay = (iso: string): string => new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })

/** What to practise again: due items with a "Reviewed" button, then what comes up later. */
export function ReviewQueue() {
  const reviews = useAppStore((state) => state.reviews)
  const completeReview = useAppStore((state) => state.completeReview)
  const now = useNow()
  const items = sortReviews(reviews)
  const due = items.filter((item) => Date.parse(item.dueAt) <= now)
  const later = items.length - due.length
  return (
    <section aria-labelledby="review-heading" className="card review-queue">
      <h2 id="review-heading">Review queue</h2>
      <p className="muted">
        Known mistakes you made, rubric points you missed and follow-ups you rated weak come back after{' '}
        {REVIEW_INTERVALS_DAYS.join(', ')} days. Submitting the exercise again while it is due counts as the review: a
        correct answer moves it on, a wrong one starts it over.
      </p>
      {due.length === 0 ? (
        <p>Nothing is due today.{later > 0 && ` ${later} ${later === 1 ? 'item comes' : 'items come'} up later.`}</p>
      ) : (
        <>
          <ul className="review-list" aria-label="Due for review">
            {due.map((item) => {
              const target = describeTarget(item)
              return (
                <li key={item.id} className="review-item">
                  <div>
                    <p className="review-kind">{KIND_LABELS[item.kind]}</p>
                    <a href={targetHref(item)}>{target.title}</a>
                    {target.where && <span className="muted"> · {target.where}</span>}
                    {target.detail && <p className="review-detail">{target.detail}</p>}
                    <p className="muted review-step">
                      Review {item.step + 1} of {REVIEW_INTERVALS_DAYS.length}, due {formatDay(item.dueAt)}
                    </p>
                  </div>
                  <button type="button" onClick={() => completeReview(item.id)} aria-label={`Reviewed: ${item.label}`}>
                    Reviewed
                  </button>
                </li>
              )
            })}
          </ul>
          {later > 0 && (
            <p className="muted">
              {later} more {later === 1 ? 'item comes' : 'items come'} up later.
            </p>
          )}
        </>
      )}
    </section>
  )
}
