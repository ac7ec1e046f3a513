import type { Scenario } from '../../scenarios/types'
import type { SolvedEntry } from '../../store'

interface Props {
  scenarios: Scenario[]
  solved: Record<string, SolvedEntry>
  attempts: Record<string, number>
  scenarioHref: (id: string) => string
}

/** One row per scenario: how many of its exercises are solved, and how many Submits it took. */
export function ProgressSummary({ scenarios, solved, attempts, scenarioHref }: Props) {
  return (
    <table className="progress-table">
      <caption className="visually-hidden">Progress by scenario</caption>
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          <th scope="col">Exercises solved</th>
          <th scope="col">Submits</th>
        </tr>
      </thead>
      <tbody>
        {scenarios.map((scenario) => {
          const ids = scenario.exercises.map((e) => e.id as string)
          const done = ids.filter((id) => solved[id]).length
          const submits = ids.reduce((sum, id) => sum + (attempts[id] ?? 0), 0)
          return (
            <tr key={scenario.id}>
              <th scope="row">
                <a href={scenarioHref(scenario.id)}>{scenario.title}</a>
              </th>
              <td>
                {done} of {ids.length}
              </td>
              <td>{submits}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
