import { formatPythonValue, formatStep } from '../../../engine/python/format-python'
import type { CaseRun, PythonCase, PythonRunOutcome, PythonStep, StepOutcome } from '../../../engine/python/types'
import type { PythonRunState } from '../../../store'
import { formatMs, plural } from '../../../ui/format'

type RunFailure = Extract<PythonRunOutcome, { ok: false }>['failure']

/** Run's output for Python: one block per visible case, or why nothing could run. */
export function PythonOutput({ run }: { run: PythonRunState }) {
  return (
    <section aria-labelledby="python-output-heading" className="card output" aria-busy={run.status === 'running'}>
      <h2 id="python-output-heading" className="section-title">
        Output
      </h2>
      <p className="row-count" aria-live="polite">
        {run.status === 'running' && 'Running…'}
        {run.status === 'done' && run.outcome.ok && `${plural(run.outcome.runs.length, 'case')} run in ${formatMs(run.outcome.elapsedMs)}`}
      </p>
      {run.status === 'idle' && <p className="muted">Run calls your code on the example cases and shows what it returned and printed, without grading.</p>}
      {run.status === 'failed' && <RunFailureMessage failure={{ kind: 'crash', message: run.message }} />}
      {run.status === 'done' && !run.outcome.ok && <RunFailureMessage failure={run.outcome.failure} />}
      {run.status === 'done' && run.outcome.ok && <CaseList cases={run.cases} runs={run.outcome.runs} />}
    </section>
  )
}

function RunFailureMessage({ failure }: { failure: RunFailure }) {
  const at = failure.line === undefined ? '' : ` on line ${failure.line}`
  const title = {
    syntax: `Syntax error${at}`,
    'missing-name': 'A name the cases call is missing',
    timeout: 'Timed out: your code ran past the time limit and was stopped.',
    memory: 'Out of memory: your code was stopped.',
    crash: 'Python stopped',
    forbidden: 'Not allowed in an answer',
  }[failure.kind]
  return (
    <div className={`failure failure-${failure.kind === 'timeout' ? 'timeout' : 'error'}`} role="alert">
      <p className="failure-title">{title}</p>
      <p className="failure-message">{failure.message}</p>
      {failure.kind === 'timeout' && (
        <p className="muted">Python is ready again (the run was stopped, nothing else was lost). Look for a loop that never ends, edit the code and run it again.</p>
      )}
    </div>
  )
}

function CaseList({ cases, runs }: { cases: PythonCase[]; runs: CaseRun[] }) {
  const byId = new Map(runs.map((r) => [r.caseId, r]))
  return (
    <ol className="python-cases">
      {cases.map((c) => (
        <CaseView key={c.id} pythonCase={c} run={byId.get(c.id)} />
      ))}
    </ol>
  )
}

function CaseView({ pythonCase, run }: { pythonCase: PythonCase; run: CaseRun | undefined }) {
  const failed = run?.steps.some((s) => !s.ok) ?? false
  return (
    <li className={`python-case${failed ? ' python-case-error' : ''}`} aria-label={`Case: ${pythonCase.label}`}>
      <h3 className="python-case-label">{pythonCase.label}</h3>
      {!run && <p className="muted">Not run.</p>}
      {run && (
        <ul className="python-steps">
          {pythonCase.steps.map((step, i) => (
            <StepView key={i} step={step} outcome={run.steps[i]} />
          ))}
        </ul>
      )}
      {run && run.stdout !== '' && (
        <div className="python-stdout">
          <p className="python-step-title">Printed</p>
          <pre>{run.stdout}</pre>
        </div>
      )}
    </li>
  )
}

function StepView({ step, outcome }: { step: PythonStep; outcome: StepOutcome | undefined }) {
  return (
    <li className="python-step">
      <pre className="python-call">
        <code>{formatStep(step).text}</code>
      </pre>
      {!outcome && <p className="muted">Not reached: an earlier call raised.</p>}
      {outcome?.ok && step.kind !== 'construct' && (
        <>
          {outcome.value === null ? (
            <p className="python-step-title">Returned nothing (None)</p>
          ) : (
            <>
              <p className="python-step-title">Returned</p>
              <pre className="python-value">{formatPythonValue(outcome.value)}</pre>
            </>
          )}
        </>
      )}
      {outcome && !outcome.ok && (
        <p className="python-exception error-text">
          Raised <strong>{outcome.error.type}</strong>
          {outcome.error.message && `: ${outcome.error.message}`}
          {outcome.error.line !== undefined && ` (line ${outcome.error.line})`}
        </p>
      )}
    </li>
  )
}

