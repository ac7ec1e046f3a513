import { usePageMeta } from '../../ui/page-meta'
import { scenarioHref } from '../../ui/router'
import { useAppStore } from '../../store'
import { scenarios } from '../../scenarios'
import { countSolved, ExerciseList } from './exercise-list'
import './catalog.css'

export function HomePage() {
  const heading = usePageMeta('')
  const solved = useAppStore((state) => state.solved)
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Practise the data-engineering interview
      </h1>
      <p className="lead">
        Each scenario is a product team&apos;s data: read the story, then answer SQL, Python, data-model and
        product-sense questions. Answers run and are graded in your browser.
      </p>
      <ul className="scenario-list" aria-label="Scenarios">
        {scenarios.map((scenario) => {
          const done = countSolved(scenario.exercises, solved)
          const total = scenario.exercises.length
          return (
            <li key={scenario.id} className="card scenario-card">
              <h2>
                <a href={scenarioHref(scenario.id)}>{scenario.title}</a>
              </h2>
              <p>{scenario.summary}</p>
              {/* "done", not "solved": the word `Solved` is reserved for accepted exercises. */}
              <p className="progress-line">
                <progress max={total} value={done} aria-label={`${scenario.title}: progress`} /> {done} of {total} done
              </p>
              <ExerciseList exercises={scenario.exercises} label={`${scenario.title}: exercises`} />
            </li>
          )
        })}
      </ul>
    </>
  )
}
