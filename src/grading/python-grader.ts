import { buildSubmitCases, type PythonGrading } from '../engine/python/exercises'
import { caseFails, gradePythonAnswer, type KnownWrongPythonRun } from '../engine/python/grade-python-answer'
import { shrinkCase } from '../engine/python/shrink-case'
import type { CaseRun, PythonCase, PythonRunOutcome } from '../engine/python/types'
import type { Grade } from '../engine/types'
import type { PythonSandbox } from '../python-sandbox/protocol'
import type { PythonExercise } from '../scenarios/types'

/** Grades Python answers: runs them in a sandbox on the exercise's cases, then asks the engine. */
export interface PythonGrader {
  /** Runs the visible cases only (what Run shows); no verdict. */
  runVisible(exercise: PythonExercise, code: string): Promise<{ cases: PythonCase[]; outcome: PythonRunOutcome }>
  /** Runs visible, hidden and seeded random cases and grades them. */
  grade(exercise: PythonExercise, code: string): Promise<Grade>
}

export interface PythonGraderOptions {
  timeoutMs?: number
  /** Seed of the random cases (fixed by default, so a verdict is reproducible). */
  randomSeed?: number
}

/**
 * Glue between the Python sandbox and the engine. The known-wrong answers are loaded and run
 * once per exercise (lazily, on the first rejected Submit) so feedback can name a mistake the
 * learner's result reproduces.
 */
export function createPythonGrader(sandbox: PythonSandbox, options: PythonGraderOptions = {}): PythonGrader {
  const knownWrong = new Map<string, Promise<KnownWrongPythonRun[]>>()
  const gradings = new Map<string, Promise<PythonGrading>>()
  const run = (exercise: PythonExercise, code: string, cases: PythonCase[]) =>
    sandbox.run(code, cases, { timeoutMs: options.timeoutMs, requiredNames: exercise.functionNames })

  /** The exercise's cases and reference, loaded once. */
  const gradingOf = (exercise: PythonExercise): Promise<PythonGrading> => {
    let pending = gradings.get(exercise.id)
    if (!pending) {
      pending = exercise.loadGrading()
      pending.catch(() => gradings.delete(exercise.id))
      gradings.set(exercise.id, pending)
    }
    return pending
  }

  const knownWrongRuns = (exercise: PythonExercise, cases: PythonCase[]): Promise<KnownWrongPythonRun[]> => {
    let pending = knownWrong.get(exercise.id)
    if (!pending) {
      pending = (async () => {
        const runs: KnownWrongPythonRun[] = []
        for (const wrong of await exercise.loadWrongAnswers()) {
          const outcome = await run(exercise, wrong.code, cases)
          if (outcome.ok) runs.push({ name: wrong.name, mistake: wrong.mistake, hint: wrong.hint, runs: outcome.runs })
        }
        return runs
      })()
      pending.catch(() => knownWrong.delete(exercise.id))
      knownWrong.set(exercise.id, pending)
    }
    return pending
  }

  /**
   * When the first failing case is a random one (visible and hidden cases all pass), re-runs
   * the learner's code on smaller versions of it and returns the smallest that still fails.
   */
  const shrinkFirstRandomFailure = async (exercise: PythonExercise, grading: PythonGrading, code: string, cases: PythonCase[], runs: CaseRun[]) => {
    const firstFailing = cases.find((c) => {
      const caseRun = runs.find((r) => r.caseId === c.id)
      return caseRun === undefined || caseFails(grading, c, caseRun)
    })
    if (!firstFailing || firstFailing.visibility !== 'random') return undefined
    const stillFails = async (candidate: PythonCase) => {
      const outcome = await run(exercise, code, [candidate])
      return outcome.ok && outcome.runs.length === 1 && caseFails(grading, candidate, outcome.runs[0])
    }
    return shrinkCase(firstFailing, stillFails, { maxAttempts: 40 })
  }

  return {
    async runVisible(exercise, code) {
      const cases = (await gradingOf(exercise)).cases.visible
      return { cases, outcome: await run(exercise, code, cases) }
    },
    async grade(exercise, code) {
      const grading = await gradingOf(exercise)
      let cases = buildSubmitCases(grading, options.randomSeed)
      let learner = await run(exercise, code, cases)
      const shrunk = learner.ok ? await shrinkFirstRandomFailure(exercise, grading, code, cases, learner.runs) : undefined
      if (shrunk) {
        // Grade again with the small case in place of the large one, so the feedback shows it.
        cases = cases.map((c) => (c.id === shrunk.id ? shrunk : c))
        learner = await run(exercise, code, cases)
      }
      const first = gradePythonAnswer({ exercise: grading, cases, learner })
      if (first.verdict === 'accepted' || !learner.ok) return first
      const knownWrong = await knownWrongRuns(exercise, cases)
      if (knownWrong.length === 0) return first
      return gradePythonAnswer({ exercise: grading, cases, learner, knownWrong })
    },
  }
}
