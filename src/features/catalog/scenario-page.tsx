import { usePageMeta } from '../../ui/page-meta'
import { homeHref } from '../../ui/router'
import { useAppStore } from '../../store'
import { Markdown } from '../../ui/markdown'
import type { Scenario } from '../../scenarios/types'
import { countSolved, ExerciseList } from './exercise-list'
import { FollowUpCards } from './follow-up-cards'
import './catalog.css'

export function ScenarioPage({ scenario }: { scenario: Scenario }) {
  const heading = usePageMeta(scenario.title)
  const solved = useAppStore((state) => state.solved)
  const done = countSolved(scenario.exercises, solved)
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={homeHref()}>All scenarios</a>
      </nav>
      <h1 ref={heading} tabIndex={-1}>
        {scenario.title}
      </h1>
      <div className="scenario-layout">
        <section aria-labelledby="story-heading" className="card">
          <h2 id="story-heading">The story</h2>
          <Markdown>{scenario.story}</Markdown>
        </section>
        <section aria-labelledby="exercises-heading" className="card">
          <h2 id="exercises-heading">Exercises</h2>
          <p className="progress-line">
            {done} of {scenario.exercises.length} done
          </p>
          <ExerciseList exercises={scenario.exercises} label="Exercises" />
        </section>
      </div>
      <FollowUpCards scenarioId={scenario.id} followUps={scenario.followUps ?? []} />
    </>
  )
}
