import type { Scenario } from '../../scenarios/types'
import { kindLabel } from '../../ui/exercise-tags'
import { formatDuration, summarizeParts, type LearnerData } from './progress-stats'

interface Props {
  scenarios: Scenario[]
  data: LearnerData
  scenarioHref: (id: string) => string
}

/** One table per scenario, one row per part: exercises solved, Submits, time on the pages, and the current streak. */
export function ProgressSummary({ scenarios, data, scenarioHref }: Props) {
  return (
    <>
      <p className="muted">
        Time spent counts the time an exercise page was open (at most 30 minutes at a stretch). The streak is the number of
        accepted Submits in a row, counting back from the latest.
      </p>
      <div className="progress-scenarios">
        {scenarios.map((scenario) => {
          const parts = summarizeParts(scenario, data)
          return (
            <div key={scenario.id} className="progress-scenario">
              <h3>
                <a href={scenarioHref(scenario.id)}>{scenario.title}</a>
              </h3>
              {parts.length === 0 ? (
                <p className="muted">No exercises yet.</p>
              ) : (
                <table className="progress-table">
                  <caption className="visually-hidden">Progress in {scenario.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Part</th>
                      <th scope="col">Solved</th>
                      <th scope="col">Submits</th>
                      <th scope="col">Time spent</th>
                      <th scope="col">Streak</th>
                    </tr>
                  </thead>
                  <tbody>
                    {parts.map((part) => (
                      <tr key={part.kind}>
                        <th scope="row">{kindLabel(part.kind)}</th>
                        <td>
                          {part.solved} of {part.exercises}
                        </td>
                        <td>{part.attempts}</td>
                        <td>{formatDuration(part.seconds)}</td>
                        <td>{part.streak === undefined ? '—' : part.streak}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          )
        })}
      </div>
    </>
  )
}
