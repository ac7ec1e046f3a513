import { compareSelfRating, levelForCoverage, type Rubric } from '../../../engine/rubric'
import { useAppStore, type RatingHistoryEntry } from '../../../store'

const formatWhen = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** Plain-word calibration of one Submit: where the learner's ratings sit above or below the detected coverage. */
function describeCalibration(rubric: Rubric, entry: RatingHistoryEntry): string {
  const higher: string[] = []
  const lower: string[] = []
  let rated = 0
  for (const c of rubric.criteria) {
    const rating = entry.ratings[c.id]
    const coverage = entry.coverage[c.id]
    if (!rating || coverage === undefined) continue
    rated++
    const calibration = compareSelfRating(rating, coverage)
    if (calibration === 'higher') higher.push(c.title)
    if (calibration === 'lower') lower.push(c.title)
  }
  if (rated === 0) return 'Not rated.'
  const notes: string[] = []
  if (higher.length > 0) notes.push(`You rate yourself higher than the answer shows on ${higher.join(', ')}.`)
  if (lower.length > 0) notes.push(`You rate yourself lower than the answer shows on ${lower.join(', ')}.`)
  return notes.length > 0 ? notes.join(' ') : 'Your ratings match the coverage.'
}

/**
 * Every Submit of this question, oldest first: the learner's rating per part against the coverage
 * the engine detected (shown as a percentage and the anchor level it corresponds to).
 */
export function ProductRatingHistory({ exerciseId, rubric }: { exerciseId: string; rubric: Rubric }) {
  const history = useAppStore((state) => state.ratingHistory[exerciseId])
  if (!history || history.length === 0) return null
  return (
    <section aria-labelledby="rating-history-heading" className="card rating-history">
      <h2 id="rating-history-heading" className="section-title">
        How your self-ratings compare with the detected coverage
      </h2>
      <p className="muted">
        Detected coverage of 75% or more reads as strong, 40% or more as medium, less as weak. Rate yourself after each Submit to fill in your side.
      </p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Your self-ratings and the detected coverage, per Submit</caption>
          <thead>
            <tr>
              <th scope="col">Attempt</th>
              {rubric.criteria.map((c) => (
                <th key={c.id} scope="col">
                  {c.title}
                </th>
              ))}
              <th scope="col">Calibration</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry, index) => (
              <tr key={`${entry.at}-${index}`}>
                <th scope="row">
                  #{index + 1}, <time dateTime={entry.at}>{formatWhen(entry.at)}</time>
                </th>
                {rubric.criteria.map((c) => {
                  const coverage = entry.coverage[c.id]
                  const rating = entry.ratings[c.id]
                  return (
                    <td key={c.id}>
                      {rating ? `you: ${rating}` : 'not rated'}; detected: {coverage === undefined ? 'n/a' : `${coverage}% (${levelForCoverage(coverage)})`}
                    </td>
                  )
                })}
                <td>{describeCalibration(rubric, entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
