import type { PlanState } from '../../../store'
import type { PlanNode } from '../../../sql-sandbox/protocol'
import { FailureMessage } from '../shared/failure-message'
import { plural } from '../../../ui/format'
import { buildPlanTree, describePlanStep, findComputedNames, type PlanStep } from './plan-tree'

function PlanSteps({ steps, computed }: { steps: PlanStep[]; computed: Set<string> }) {
  return (
    <ul className="plan-steps">
      {steps.map((step) => {
        const note = describePlanStep(step.detail, computed)
        return (
          <li key={step.id}>
            <div className={`plan-step${note ? ` plan-step-${note.tone}` : ''}`}>
              <code className="plan-detail">{step.detail}</code>
              {note && (
                <span className="plan-note">
                  <span className="plan-note-label">{note.label}:</span> {note.explanation}.
                </span>
              )}
            </div>
            {step.children.length > 0 && <PlanSteps steps={step.children} computed={computed} />}
          </li>
        )
      })}
    </ul>
  )
}

/** The plan as nested lists (a step's children are indented under it), costly steps named in words. */
export function PlanTree({ nodes, sql }: { nodes: PlanNode[]; sql: string }) {
  if (nodes.length === 0) return <p className="muted">SQLite reported no steps for this query.</p>
  return (
    <div className="plan-tree" role="group" aria-label="Query plan steps">
      <PlanSteps steps={buildPlanTree(nodes)} computed={findComputedNames(nodes, sql)} />
    </div>
  )
}

/** The Query plan tab: intro, a live line ("Planning…", "4 steps"), then the tree or the error. */
export function PlanView({ plan, draft }: { plan: PlanState; draft: string }) {
  return (
    <>
      <p className="plan-intro">How SQLite will run your query: SEARCH uses an index, SCAN reads the whole table.</p>
      <p className="row-count" aria-live="polite">
        {plan.status === 'planning' && 'Planning…'}
        {plan.status === 'done' && `Query plan: ${plural(plan.nodes.length, 'step')}`}
      </p>
      {plan.status === 'idle' && <p className="muted">Plan shows how SQLite would run your query, without running it.</p>}
      {plan.status === 'done' && plan.sql !== draft && (
        <p className="muted">Your answer changed since this plan. Press Plan again to update it.</p>
      )}
      {plan.status === 'done' && <PlanTree nodes={plan.nodes} sql={plan.sql} />}
      {plan.status === 'failed' && <FailureMessage failure={plan.failure} />}
    </>
  )
}
