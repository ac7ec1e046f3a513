import type { Grade, SqlFailure } from '../engine/types'
import type { PythonCase, PythonRunOutcome } from '../engine/python/types'
import type { AnchorLevel, RubricResult } from '../engine/rubric/types'
import type { ErSchema, ModelGrade } from '../engine/schema/types'
import type { PlanNode, RunResult, SandboxRunOutcome, SqlCounterexample } from '../sql-sandbox/protocol'
import type { RuntimeStatus } from './runtimes'

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

/** The search for a small example after a rejected SQL Submit: it runs in the SQL worker, never changes the verdict. */
export type CounterexampleState =
  | { status: 'searching'; rows?: number; tests?: number }
  | { status: 'done'; example: SqlCounterexample }
  /** Nothing to show (both queries agree on that dataset, or one fails there), or the search was stopped. */
  | { status: 'none'; reason: string }

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
  /**
   * Rejections per diagnosis id (`mistake:<name>`, `pattern:<rule>`) in this session: the second
   * Submit of the same mistake shows its fix without asking.
   */
  mistakeCounts: Record<string, number>
  /** The last verdict's fix (`grade.diagnosis.fix`) is shown: asked for, or the mistake came back. */
  fixShown: boolean
  /** SQL pages: the answer text the last verdict is of. */
  gradedAnswer?: string
  /** SQL pages: the smallest input on which a rejected answer and the reference disagree. */
  counterexample?: CounterexampleState
  /** Data-model pages: what Run drew, and the last grade with its checks and diagrams. */
  modelRun?: ModelRunState
  model?: ModelGrade
  /** Product-sense pages: the last graded answer and its rubric result (coverage per part). */
  product?: { result: RubricResult; answer: string }
}

export interface SessionSlice {
  sessions: Record<string, ExerciseSession>
  /**
   * Run: SQL rows on the visible dataset, a Python answer on the visible cases, a data model's
   * tables drawn. `answer` defaults to the draft (a Python exercise's starter code when none).
   */
  run: (exerciseId: string, answer?: string) => Promise<void>
  /** `EXPLAIN QUERY PLAN` of a SQL answer on the visible dataset; shows the plan view. */
  plan: (exerciseId: string, answer?: string) => Promise<void>
  /** Grades the answer (the draft by default) with its exercise's grader; acceptance marks Solved. */
  submit: (exerciseId: string, answer?: string) => Promise<void>
  /** Searches the rejected SQL answer's first failing dataset for a small example (Submit starts it by itself). */
  findCounterexample: (exerciseId: string) => Promise<void>
  /** Stops a running search; the page stays usable and the verdict unchanged. */
  stopCounterexample: (exerciseId: string) => void
  showOutput: (exerciseId: string, view: OutputView) => void
  revealHint: (exerciseId: string, hintCount: number) => void
  revealReference: (exerciseId: string) => void
  /** Shows the fix of the last rejection's diagnosis ("Show the hint"). */
  revealFix: (exerciseId: string) => void
}

/** A few rows and the row count of one table of the visible dataset, for the schema explorer. */
export interface TableSample {
  /** Undefined while loading. */
  sample?: SandboxRunOutcome
  /** Undefined while counting, or when the count failed (the sample says why). */
  rowCount?: number
}

export interface SampleSlice {
  /** By `<scenario-id>/<table>`; an entry exists from the first request on. */
  tableSamples: Record<string, TableSample>
  /** Fetches the sample and row count once per table (later calls do nothing). */
  loadTableSample: (scenarioId: string, table: string) => Promise<void>
}

export interface RuntimeSlice {
  /** Each started runtime's status, by `runtimeKey`: `sql:<scenario-id>`, `python`, `model`. */
  runtimes: Record<string, RuntimeStatus>
  /**
   * Starts what an exercise's page needs (its scenario's datasets, Pyodide, or the data-model
   * sandbox) and, for SQL, runs the reference and known-wrong answers in the background so the
   * first Submit is quick. Returns the release to call when the page closes.
   */
  openExercise: (exerciseId: string) => () => void
  /**
   * Starts an exercise's runtime before its page exists (the app calls it at startup, while the
   * page's code downloads). Not a use: the page's `openExercise` keeps it, or its release ends it.
   */
  warmExercise: (exerciseId: string) => void
  /** Ends every runtime (tests; a store reset). */
  disposeRuntimes: () => void
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
  /** Saves a rating and writes it into the latest Submit's history entry. */
  rateCriterion: (exerciseId: string, criterionId: string, rating: SelfRating) => void
}

export interface FollowUpSlice {
  /** The learner's talking points by follow-up key (`<scenario-id>/<follow-up-id>`). Persisted. */
  followUpNotes: Record<string, string>
  /** How the learner rates their own talking points, by follow-up key. Persisted. */
  followUpRatings: Record<string, SelfRating>
  setFollowUpNote: (key: string, text: string) => void
  /** Rating a follow-up weak puts it in the review queue (`question` names the item). */
  rateFollowUp: (key: string, rating: SelfRating, question?: string) => void
}

/** Something to practise again: a known mistake matched, a rubric point missed, a follow-up rated weak. */
export interface ReviewItem {
  /** `mistake:<exercise-id>`, `rubric:<exercise-id>/<criterion-id>`, `follow-up:<scenario-id>/<follow-up-id>`. */
  id: string
  kind: 'mistake' | 'rubric' | 'follow-up'
  /** What to open to practise: the exercise, or the scenario (for a follow-up). */
  target: { exerciseId: string } | { scenarioId: string }
  /** What went wrong, in a line. */
  label: string
  createdAt: string
  /** Reviews done so far (0..3): indexes REVIEW_INTERVALS_DAYS. */
  step: number
  dueAt: string
}

export interface ReviewSlice {
  /** By item id. Persisted. */
  reviews: Record<string, ReviewItem>
  /** Adds the item, or starts its schedule over: first due one day from now. */
  addReview: (item: Pick<ReviewItem, 'id' | 'kind' | 'target' | 'label'>) => void
  /** The learner reviewed it: next due after the next interval, or gone after the last. */
  completeReview: (id: string) => void
  /**
   * A Submit of `exerciseId` was the drill of its due items: each one `passed` moves on (as
   * `completeReview`), each other one starts its schedule over. Items not yet due are left alone.
   */
  retryDueReviews: (exerciseId: string, passed: (item: ReviewItem) => boolean) => void
}

/** One graded Submit, for the progress page's charts. */
export interface ActivityEntry {
  /** ISO time of the verdict. */
  at: string
  exerciseId: string
  verdict: 'accepted' | 'rejected'
  /** What it got wrong: a diagnosis id (`mistake:<name>`, `pattern:<rule>`) or `rubric:<criterion-id>`, with its label. */
  mistakes: Array<{ id: string; label: string }>
}

export interface ActivitySlice {
  /** Graded Submits, oldest first, at most ACTIVITY_LIMIT (activity-slice.ts). Persisted. */
  activity: ActivityEntry[]
  /** Seconds spent on each exercise's page, by exercise id. Persisted. */
  timeSpent: Record<string, number>
  /** An exercise page opened: its time counts until the returned function is called (and at each Submit). */
  startVisit: (exerciseId: string) => () => void
  /** Logs the Submit whose verdict is in the exercise's session, and settles its due reviews. */
  recordSubmit: (exerciseId: string) => void
}

/** Run of a data-model answer: the schema it creates, drawn, or where its DDL failed. */
export type ModelRunState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; diagram: ErSchema; notes: string[] }
  | { status: 'failed'; failure: SqlFailure }

/** The four parts of an interview loop, in the order they run. */
export type MockPartKind = 'product' | 'model' | 'sql' | 'python'

/** What one part of a mock loop should use, as chosen on the setup screen. */
export interface MockPartPlan {
  kind: MockPartKind
  exerciseId: string
  /** The time given, in seconds. */
  secondsGiven: number
}

/** How one part of a mock loop went, graded by the exercise's own grader. */
export interface MockPartResult {
  /** `error` when the answer could not be graded (the grader failed). */
  verdict: 'accepted' | 'rejected' | 'error'
  /** 0..100 */
  score: number
  /** Seconds from the part's start to Submit, or all of them when time ran out. */
  secondsUsed: number
  /** Known mistakes and patterns the grader named. */
  mistakes: string[]
  /** Rubric points missed (product sense) or checks failed (data model). */
  missed: string[]
  /** The grader's first lines of feedback. */
  feedback: string[]
}

export interface MockPart extends MockPartPlan {
  /** ISO time the part's clock started. */
  startedAt?: string
  /** ISO time of Submit, or of the deadline when time ran out. */
  endedAt?: string
  endedBy?: 'submit' | 'time'
  /** The answer as it was when the part ended: what was graded. */
  answer?: string
  result?: MockPartResult
}

/**
 * One mock interview loop. `status` is `running` from Start until the last part's follow-ups are
 * done (then `finished`), or `stopped` when the learner stops it early. Persisted (since v4).
 */
export interface MockLoop {
  /** Short, URL-safe: the report's address names it. */
  id: string
  /** A scenario id, or `mixed` (one part from each of several scenarios). */
  scope: string
  startedAt: string
  finishedAt?: string
  status: 'running' | 'finished' | 'stopped'
  /** Index of the part being worked on, graded or followed up. */
  current: number
  parts: MockPart[]
  /**
   * The learner's practice drafts of the exercises this loop uses, put aside while a part starts
   * from the blank answer and given back when it ends (`null`: there was none).
   */
  setAside: Record<string, string | null>
}

/** Where the current part of a running loop is. */
export type MockPhase = 'running' | 'grading' | 'follow-ups'

export interface MockSlice {
  /** Every loop by id (the running one too), oldest first in insertion order. Persisted. */
  mockLoops: Record<string, MockLoop>
  /**
   * Starts a loop on these parts (any running loop is stopped first) and the first part's clock.
   * Returns the new loop's id.
   */
  startMock: (scope: string, parts: MockPartPlan[]) => string
  /** After a part's follow-ups: starts the next part, or finishes the loop after the last. */
  nextMockPart: (loopId: string) => void
  /** Stops a running loop; parts already graded stay in its report. */
  stopMock: (loopId: string) => void
  /**
   * Picks up a running loop after a reload: re-arms the clock, ends a part whose time ran out
   * meanwhile, and grades again a part whose grading the reload cut short. Pages call it on mount.
   */
  resumeMock: () => void
}

export type AppState = ProgressSlice &
  DraftsSlice &
  SessionSlice &
  RuntimeSlice &
  SampleSlice &
  ProductSlice &
  FollowUpSlice &
  ReviewSlice &
  ActivitySlice &
  MockSlice

/** What `persist` writes: progress, drafts, self-ratings and their history, follow-up notes and ratings, reviews, activity, mock loops; never the session. */
export type PersistedState = Pick<
  AppState,
  | 'solved'
  | 'attempts'
  | 'drafts'
  | 'selfRatings'
  | 'ratingHistory'
  | 'followUpNotes'
  | 'followUpRatings'
  | 'reviews'
  | 'activity'
  | 'timeSpent'
  | 'mockLoops'
>
