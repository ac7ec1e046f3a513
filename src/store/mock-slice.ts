/**
 * The mock interview loop: parts one after another under a clock, each answered on its exercise's
 * own page and graded by the store's own `submit`. Plain TypeScript: the clock is a timer in the
 * store, not in a component, so a part ends on time on any page, and the tests drive it with fake
 * timers and no React.
 *
 * A part ends when the learner presses Submit on the exercise (seen as its session's grade
 * changing) or when its time runs out (then the answer as it stands is submitted). Its verdict,
 * score, time used, named mistakes and missed points are kept in the loop (persisted), the
 * scenario's follow-ups are discussed, and `nextMockPart` moves on.
 */
import type { StateCreator, StoreApi } from 'zustand/vanilla'
import type { Grade } from '../engine/types'
import { KNOWN_MISTAKE_PREFIX } from '../engine/feedback-words'
import { checkMockPlan } from './mock-plan'
import { emptySession, isBusy } from './session-slice'
import type { AppState, ExerciseSession, GradeState, MockLoop, MockPart, MockPartKind, MockPartResult, MockPhase, MockSlice } from './types'

/** Loops kept; the oldest finished ones go first. */
export const MOCK_LOOP_LIMIT = 50

const newLoopId = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** When the part's time runs out (ms since the epoch). */
export const partDeadline = (part: MockPart): number => Date.parse(part.startedAt ?? '') + part.secondsGiven * 1000

/** Where a running loop's current part is; undefined for a loop that is over. */
export function mockPhase(loop: MockLoop): MockPhase | undefined {
  if (loop.status !== 'running') return undefined
  const part = loop.parts[loop.current]
  if (part.result) return 'follow-ups'
  if (part.endedAt) return 'grading'
  return 'running'
}

/** The running loop, if any (there is at most one). */
export const runningMock = (loops: Record<string, MockLoop>): MockLoop | undefined =>
  Object.values(loops).find((loop) => loop.status === 'running')

/** Loops that are over, oldest first. */
export const pastMocks = (loops: Record<string, MockLoop>): MockLoop[] =>
  Object.values(loops)
    .filter((loop) => loop.status !== 'running' && loop.parts.some((part) => part.result))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))

/**
 * What the clock says aloud, and only when it changes: five minutes left, one minute left, time
 * up. A part shorter than a mark never announces it (a 3-minute part starts under five minutes).
 */
export function mockTimerNotice(secondsLeft: number, secondsGiven: number): string {
  if (secondsLeft <= 0) return 'Time is up. Your answer is being graded.'
  if (secondsLeft <= 60 && secondsGiven > 60) return 'One minute left.'
  if (secondsLeft <= 300 && secondsGiven > 300) return 'Five minutes left.'
  return ''
}

export interface MockSummary {
  parts: number
  graded: number
  accepted: number
  /** Mean score of the graded parts, rounded; 0 when none is. */
  averageScore: number
  secondsUsed: number
  secondsGiven: number
}

/** A loop in numbers: for the report's summary and the chart across loops. */
export function summarizeMock(loop: MockLoop): MockSummary {
  const results = loop.parts.flatMap((part) => (part.result ? [part.result] : []))
  const total = results.reduce((sum, result) => sum + result.score, 0)
  return {
    parts: loop.parts.length,
    graded: results.length,
    accepted: results.filter((result) => result.verdict === 'accepted').length,
    averageScore: results.length === 0 ? 0 : Math.round(total / results.length),
    secondsUsed: results.reduce((sum, result) => sum + result.secondsUsed, 0),
    secondsGiven: loop.parts.reduce((sum, part) => sum + part.secondsGiven, 0),
  }
}

const sentence = (text: string): string => {
  const trimmed = text.trim().replace(/[.\s]+$/, '')
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
}

/** The named mistakes of a grade: its diagnosis, else every "This looks like a common mistake" line. */
function namedMistakes(grade: Grade): string[] {
  if (grade.verdict !== 'rejected') return []
  if (grade.diagnosis) return [sentence(grade.diagnosis.concept)]
  const named = grade.feedback.flatMap((line) => {
    const at = line.indexOf(KNOWN_MISTAKE_PREFIX)
    return at < 0 ? [] : [sentence(line.slice(at + KNOWN_MISTAKE_PREFIX.length).split(' Hint: ')[0])]
  })
  return [...new Set(named)]
}

/** Rubric points missed (product sense) or checks failed (data model). */
function missedPoints(kind: MockPartKind, grade: Grade, session: ExerciseSession | undefined): string[] {
  if (kind === 'product' && session?.product) {
    return session.product.result.criteria
      .filter((criterion) => criterion.missing.length > 0)
      .map((criterion) => `${criterion.title}: ${criterion.missing.map((concept) => concept.label).join(', ')}`)
  }
  if (kind === 'model') return grade.checks.filter((check) => check.status !== 'pass').map((check) => check.message)
  return []
}

/** A part's result from its exercise's grade: what the report shows. */
export function describeMockResult(kind: MockPartKind, grade: GradeState, session: ExerciseSession | undefined, secondsUsed: number): MockPartResult {
  if (grade.status !== 'done') {
    const message = grade.status === 'error' ? grade.message : 'The answer could not be graded.'
    return { verdict: 'error', score: 0, secondsUsed, mistakes: [], missed: [], feedback: [message] }
  }
  const { verdict, score, feedback } = grade.grade
  const missed = missedPoints(kind, grade.grade, session)
  // Where the missed points are listed, the feedback that repeats them in long form is left out.
  const repeats = (line: string) => missed.some((point) => line.includes(point) || point.startsWith(line.split(':')[0] + ':'))
  return {
    verdict,
    score: Math.round(score),
    secondsUsed,
    mistakes: namedMistakes(grade.grade),
    missed,
    feedback: feedback.filter((line, index) => !missed.includes(line) && (index === 0 || !repeats(line))).slice(0, 3),
  }
}

/** The clock and watch of the one part being worked on. */
interface Armed {
  loopId: string
  index: number
  /** The exercise's grade when the part started: a different one is the part's Submit. */
  baseline: GradeState | undefined
  /** The part's answer was handed to `submit` (by the learner or by the clock). */
  submitted: boolean
  /** Its grading was seen under way. */
  sawGrading?: boolean
  timer?: ReturnType<typeof setTimeout>
  unsubscribe: () => void
  /** Releases the exercise's runtime, held for the whole part so grading never waits on a page. */
  release: () => void
}

export const createMockSlice: StateCreator<AppState, [], [], MockSlice> = (set, get, api) => {
  let armed: Armed | undefined

  const disarm = () => {
    if (!armed) return
    const { timer, unsubscribe, release } = armed
    armed = undefined
    clearTimeout(timer)
    unsubscribe()
    release()
  }

  const updateLoop = (loopId: string, change: (loop: MockLoop) => MockLoop) =>
    set((state) => {
      const loop = state.mockLoops[loopId]
      return loop ? { mockLoops: { ...state.mockLoops, [loopId]: change(loop) } } : state
    })

  const withPart = (loop: MockLoop, index: number, change: Partial<MockPart>): MockLoop => ({
    ...loop,
    parts: loop.parts.map((part, i) => (i === index ? { ...part, ...change } : part)),
  })

  /** The armed part, while its loop still runs on it. */
  const current = (): { loop: MockLoop; part: MockPart; armed: Armed } | undefined => {
    if (!armed) return undefined
    const loop = get().mockLoops[armed.loopId]
    if (!loop || loop.status !== 'running' || loop.current !== armed.index) return undefined
    return { loop, part: loop.parts[armed.index], armed }
  }

  /** Stops the clock: from here on the answer is what gets graded. */
  const endPart = (endedBy: 'submit' | 'time', at: number) => {
    const found = current()
    if (!found || found.part.endedAt) return
    clearTimeout(found.armed.timer)
    const answer = get().drafts[found.part.exerciseId]
    updateLoop(found.loop.id, (loop) => withPart(loop, found.armed.index, { endedAt: new Date(at).toISOString(), endedBy, answer }))
  }

  /** Gives the learner's practice drafts back: the loop's answers are kept in the loop itself. */
  const giveBackDrafts = (drafts: Record<string, string>, setAside: Record<string, string | null>, ids: string[]) => {
    const next = { ...drafts }
    for (const id of ids) {
      const aside = setAside[id]
      if (aside === undefined) continue
      if (aside === null) delete next[id]
      else next[id] = aside
    }
    return next
  }

  const finishPart = (grade: GradeState) => {
    const found = current()
    if (!found) return
    const { loop, part, armed: clock } = found
    const now = Date.now()
    const endedAt = part.endedAt ?? new Date(now).toISOString()
    const secondsUsed = Math.min(part.secondsGiven, Math.max(0, Math.round((Date.parse(endedAt) - Date.parse(part.startedAt ?? endedAt)) / 1000)))
    const result = describeMockResult(part.kind, grade, get().sessions[part.exerciseId], secondsUsed)
    disarm()
    set((state) => {
      const id = part.exerciseId
      const { [id]: _given, ...setAside } = loop.setAside
      const finished = withPart(loop, clock.index, { endedAt, endedBy: part.endedBy ?? 'submit', answer: part.answer ?? state.drafts[id], result })
      return {
        drafts: giveBackDrafts(state.drafts, loop.setAside, [id]),
        mockLoops: { ...state.mockLoops, [loop.id]: { ...finished, setAside } },
      }
    })
  }

  /** Hands the answer as it stands to the exercise's own Submit (after the clock ran out). */
  const gradeNow = (clock: Armed, part: MockPart) => {
    clock.submitted = true
    const id = part.exerciseId
    void get()
      .submit(id, get().drafts[id])
      .then(() => {
        // `submit` may do nothing (an exercise gone from the catalog) or put the old verdict
        // back (a rubric that failed to load): the part still ends, as "could not be graded".
        if (current()?.armed !== clock) return
        const grade = get().sessions[id]?.grade
        if (grade?.status !== 'grading') finishPart(grade && grade !== clock.baseline ? grade : { status: 'error', message: 'The answer could not be graded.' })
      })
  }

  /** Watches the store while a part runs: its Submit, its grade, and the moment it may be graded. */
  const watch = () => {
    const found = current()
    if (!found) return
    const { part, armed: clock } = found
    const session = get().sessions[part.exerciseId]
    const grade = session?.grade
    if (grade && grade !== clock.baseline) {
      if (grade.status === 'grading') {
        clock.submitted = true
        clock.sawGrading = true
        endPart('submit', Date.now())
        return
      }
      if (grade.status === 'done' || grade.status === 'error') {
        clock.submitted = true
        endPart('submit', Date.now())
        finishPart(grade)
        return
      }
    }
    // Grading began and the old verdict came back (a rubric that failed to load): the part still ends.
    if (clock.sawGrading && grade === clock.baseline) {
      finishPart({ status: 'error', message: 'The answer could not be graded.' })
      return
    }
    // Time ran out (or a reload cut grading short): grade once nothing else is running on it.
    if (part.endedAt && !clock.submitted && !isBusy(session)) gradeNow(clock, part)
  }

  const expire = () => {
    const found = current()
    if (!found || found.part.endedAt) return
    endPart('time', partDeadline(found.part))
    watch()
  }

  const arm = (loopId: string) => {
    disarm()
    const loop = get().mockLoops[loopId]
    if (!loop || loop.status !== 'running') return
    const index = loop.current
    const part = loop.parts[index]
    const clock: Armed = {
      loopId,
      index,
      baseline: get().sessions[part.exerciseId]?.grade,
      submitted: false,
      unsubscribe: () => undefined,
      release: get().openExercise(part.exerciseId),
    }
    armed = clock
    clock.unsubscribe = (api as StoreApi<AppState>).subscribe(watch)
    if (!part.endedAt) clock.timer = setTimeout(expire, Math.max(0, partDeadline(part) - Date.now()))
    watch()
  }

  /** Starts a part's clock on a blank answer, its practice draft set aside and its page's old verdict cleared. */
  const startPart = (loopId: string, index: number) => {
    const startedAt = new Date().toISOString()
    set((state) => {
      const loop = state.mockLoops[loopId]
      const id = loop.parts[index].exerciseId
      const { [id]: draft, ...drafts } = state.drafts
      const sessions = isBusy(state.sessions[id]) ? state.sessions : { ...state.sessions, [id]: emptySession }
      const started = withPart({ ...loop, current: index, setAside: { ...loop.setAside, [id]: draft ?? null } }, index, { startedAt })
      return { drafts, sessions, mockLoops: { ...state.mockLoops, [loopId]: started } }
    })
    arm(loopId)
  }

  const stopMock = (loopId: string) => {
    const loop = get().mockLoops[loopId]
    if (!loop || loop.status !== 'running') return
    if (armed?.loopId === loopId) disarm()
    set((state) => ({
      drafts: giveBackDrafts(state.drafts, loop.setAside, Object.keys(loop.setAside)),
      mockLoops: { ...state.mockLoops, [loopId]: { ...loop, status: 'stopped', finishedAt: new Date().toISOString(), setAside: {} } },
    }))
  }

  return {
    mockLoops: {},

    startMock: (scope, parts) => {
      const problem = checkMockPlan(scope, parts)
      if (problem) throw new Error(problem)
      const running = runningMock(get().mockLoops)
      if (running) stopMock(running.id)
      const loop: MockLoop = {
        id: newLoopId(),
        scope,
        startedAt: new Date().toISOString(),
        status: 'running',
        current: 0,
        parts: parts.map(({ kind, exerciseId, secondsGiven }) => ({ kind, exerciseId, secondsGiven: Math.round(secondsGiven) })),
        setAside: {},
      }
      set((state) => {
        const kept = Object.values(state.mockLoops).slice(-(MOCK_LOOP_LIMIT - 1))
        return { mockLoops: { ...Object.fromEntries(kept.map((old) => [old.id, old])), [loop.id]: loop } }
      })
      startPart(loop.id, 0)
      return loop.id
    },

    nextMockPart: (loopId) => {
      const loop = get().mockLoops[loopId]
      if (!loop || mockPhase(loop) !== 'follow-ups') return
      if (loop.current + 1 < loop.parts.length) startPart(loopId, loop.current + 1)
      else updateLoop(loopId, (done) => ({ ...done, status: 'finished', finishedAt: new Date().toISOString() }))
    },

    stopMock,

    resumeMock: () => {
      const loop = runningMock(get().mockLoops)
      if (!loop || mockPhase(loop) === 'follow-ups') return
      if (armed?.loopId === loop.id && armed.index === loop.current) return
      arm(loop.id)
    },
  }
}
