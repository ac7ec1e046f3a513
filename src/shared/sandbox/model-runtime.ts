import { useEffect, useState } from 'react'
import type { ModelQuestion, ModelSpec } from '../../engine/schema/types'
import type { KnownWrongDesign, ModelGrader } from '../../grading/model-grader'
import { scenarioQuestions } from '../../scenarios/model-exercise'
import type { ModelExercise, Scenario } from '../../scenarios/types'
import { services } from '../services'

/** What a data-model page grades with: its own SQL sandbox on an empty database, the spec, the questions. */
export interface ModelRuntime {
  grader: ModelGrader
  spec: ModelSpec
  reference: string
  /** The scenario's SQL questions, tried against the answer's schema. */
  questions: ModelQuestion[]
  /** Known-wrong designs, so a rejected answer that fails like one is told that mistake. */
  knownWrong: KnownWrongDesign[]
}

export type ModelRuntimeState = { status: 'loading' } | { status: 'ready'; runtime: ModelRuntime } | { status: 'error'; message: string }

/**
 * Starts a SQL sandbox worker for a data-model page (no datasets: answers run on an empty
 * database) and loads the exercise's spec. Unmounting ends the worker.
 */
export function useModelRuntime(scenario: Scenario, exercise: ModelExercise): ModelRuntimeState {
  const [state, setState] = useState<ModelRuntimeState>({ status: 'loading' })
  useEffect(() => {
    let cancelled = false
    setState({ status: 'loading' })
    const sandbox = services.createSandbox()
    const start = async () => {
      const [grader, spec, knownWrong] = await Promise.all([services.createModelGrader(sandbox), exercise.loadSpec(), exercise.loadWrongAnswers()])
      const runtime: ModelRuntime = { grader, spec, reference: exercise.reference, questions: scenarioQuestions(scenario), knownWrong }
      if (!cancelled) setState({ status: 'ready', runtime })
    }
    start().catch((error: unknown) => {
      if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) })
    })
    return () => {
      cancelled = true
      sandbox.dispose()
    }
  }, [scenario, exercise])
  return state
}
