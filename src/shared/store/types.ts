import type { Grade, SqlFailure } from '../../engine/types'
import type { PythonCase, PythonRunOutcome } from '../../engine/python/types'
import type { SqlGrader } from '../../grading/sql-grader'
import type { PythonRuntime } from '../python/python-runtime'
import type { AnchorLevel, RubricResult } from '../../engine/rubric/types'
import type { Exercise, ModelExercise, ProductExercise, PythonExercise, SqlExercise } from '../../scenarios/types'
import type { ErSchema, ModelGrade } from '../../engine/schema/types'
import type { ModelRuntime } from '../sandbox/model-runtime'
import type { PlanNode, RunResult, SqlSandbox } from '../../sql-sandbox/protocol'

export interface SolvedEntry {
  /** ISO timestamp of the first acceptance. */
  at: string
}

export interface ProgressSlice {
  solved: Record<string, SolvedEntry>
  /** Submits per exercise id. */
  attempts: Record<string, number>
  markSolved: (exerciseId: string) => void
  recordAttempt: (exerciseId: string) => void
}

export interface DraftsSlice {
  drafts: Record<string, string>
  setDraft: (exerciseId: string, text: string) => void
  resetDraft: (exerciseId: string) => void
}

export type RunState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: RunResult }
  | { status: 'failed'; failure: SqlFailure }

export type PlanState =
  | { status: 'idle' }
  | { status: 'planning' }
  /** `sql` is the answer text the plan is of, so the page can say when the answer changed since. */
  | { status: 'done'; nodes: PlanNode[]; sql: string }
  | { status: 'failed'; failure: SqlFailure }

/** Run of a Python answer over the visible cases: what each case called, returned, raised and printed. */
export type PythonRunState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; cases: PythonCase[]; outcome: PythonRunOutcome }
  | { status: 'failed'; message: string }

/** Which part of the output area is showing: Run's rows or Plan's query plan. */
export type OutputView = 'result' | 'plan'

export type GradeState =
  | { status: 'idle' }
  | { status: 'grading' }
  | { status: 'done'; grade: Grade }
  | { status: 'error'; message: string }

/** Per-exercise, in-memory only: what the learner did on this page since load. */
export interface ExerciseSession {
  run: RunState
  pythonRun: PythonRunState
  plan: PlanState
  output: OutputView
  grade: GradeState
  hintsShown: number
  /** True after the first Submit of this session: the reference answer may be revealed. */
  submitted: boolean
  referenceShown: boolean
  /** Data-model pages: what Run drew, and the last grade with its checks and diagrams. */
  modelRun?: ModelRunState
  model?: ModelGrade
  /** Product-sense pages: the last graded answer and its rubric result (coverage per part). */
  product?: { result: RubricResult; answer: string }
}

/** The sandbox and grader of one scenario, as the SandboxProvider hands them out. */
export interface ScenarioRuntime {
  sandbox: SqlSandbox
  grader: SqlGrader
  /** The dataset the learner sees and Run uses (`visible`). */
  visibleKey: string
  /** Runs grader.prepare once per exercise; later calls share the promise. */
  prepare: (exercise: SqlExercise) => Promise<void>
}

export interface SessionSlice {
  sessions: Record<string, ExerciseSession>
  runAnswer: (exercise: Exercise, runtime: ScenarioRuntime) => Promise<void>
  /** `EXPLAIN QUERY PLAN` of the draft on the visible dataset; shows the plan view. */
  planAnswer: (exercise: Exercise, runtime: ScenarioRuntime) => Promise<void>
  submitAnswer: (exercise: Exercise, runtime: ScenarioRuntime) => Promise<void>
  /** Runs the Python draft (the starter code when there is none) on the visible cases. */
  runPythonAnswer: (exercise: PythonExercise, runtime: PythonRuntime) => Promise<void>
  /** Grades the Python draft on visible, hidden and random cases; an accepted answer marks Solved. */
  submitPythonAnswer: (exercise: PythonExercise, runtime: PythonRuntime) => Promise<void>
  showOutput: (exerciseId: string, view: OutputView) => void
  revealHint: (exerciseId: string, hintCount: number) => void
  revealReference: (exerciseId: string) => void
}

/** How learners rate their own product-sense answer on one part of the rubric (the anchors' levels). */
export type SelfRating = AnchorLevel

/** One product-sense Submit: when, what the engine detected per criterion, and how the learner rated it. */
export interface RatingHistoryEntry {
  /** ISO time of the Submit. */
  at: string
  /** Detected coverage (0..100) by rubric criterion id. */
  coverage: Record<string, number>
  /** Self-ratings by criterion id: a snapshot at Submit, updated by ratings given after it. */
  ratings: Record<string, SelfRating>
}

export interface ProductSlice {
  /** Self-ratings by exercise id, then by rubric criterion id. Persisted. */
  selfRatings: Record<string, Record<string, SelfRating>>
  /** Per exercise id, oldest first, at most `RATING_HISTORY_LIMIT` (product-slice.ts) entries. Persisted. */
  ratingHistory: Record<string, RatingHistoryEntry[]>
  /** Grades the draft (the outline when there is none) against the exercise's rubric; acceptance marks Solved. */
  submitProductAnswer: (exercise: ProductExercise) => Promise<void>
  /** Saves a rating and writes it into the latest Submit's history entry. */
  rateCriterion: (exerciseId: string, criterionId: string, rating: SelfRating) => void
}

/** Run of a data-model answer: the schema it creates, drawn, or where its DDL failed. */
export type ModelRunState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; diagram: ErSchema; notes: string[] }
  | { status: 'failed'; failure: SqlFailure }

export interface ModelSlice {
  /** Runs the draft's DDL on an empty database and draws the schema it creates. */
  runModel: (exercise: ModelExercise, runtime: ModelRuntime) => Promise<void>
  /** Grades the draft against the exercise's spec; acceptance marks Solved. */
  submitModel: (exercise: ModelExercise, runtime: ModelRuntime) => Promise<void>
}

export type AppState = ProgressSlice & DraftsSlice & SessionSlice & ProductSlice & ModelSlice

/** What `persist` writes: progress, drafts, self-ratings and their history, never the session. */
export type PersistedState = Pick<AppState, 'solved' | 'attempts' | 'drafts' | 'selfRatings' | 'ratingHistory'>
