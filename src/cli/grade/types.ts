import type { Grade } from '../../engine/types'
import type { ModelGrade } from '../../engine/schema/types'
import type { Exercise, Scenario } from '../../scenarios/types'
import type { GradeCounterexample } from '../counterexample/find-for-grade'

/** One answer file, read. */
export interface AnswerFile {
  file: string
  answer: string
}

/** What grading one answer gives `grade` to print. */
export interface GradedAnswer {
  grade: Grade | ModelGrade
  counterexample?: GradeCounterexample
}

/** What every kind's batch grader gets: the answers of one exercise, and where to report each verdict. */
export interface BatchRequest<E extends Exercise = Exercise> {
  scenario: Scenario
  exercise: E
  answers: AnswerFile[]
  /** The folder of the built commands (`.tools/`): thread entries and the cache live there. */
  tools: URL
  /** Called once per answer, in order, as soon as its verdict is known. */
  onGraded(index: number, graded: GradedAnswer): void
}
