/**
 * The second wall around Python answers graded by `grade` (the first is harness.py's seal).
 * The answer is graded in a child Node process that runs under Node's permission model: it may
 * read only the built commands and the Pyodide and sql.js packages, write nothing, start no
 * process, load no addon, compile no code from strings, and its environment is empty. It gets
 * the answer on stdin (so not even the answer file needs to be readable) and prints its grade
 * on one line tagged with a nonce only the parent and the child's main thread know, so code that
 * escaped into the Python thread cannot print a verdict of its own. Several answers share one
 * child, each in a fresh interpreter (its own Python thread). See docs/security.md.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Grade } from '../engine/types'

/** argv[2] of the child: `node <flags> .tools/grade.mjs --sealed-python-child`. */
export const SEALED_CHILD_ARG = '--sealed-python-child'
/** Longest one answer's grading may take (each run has its own 5 s limit; shrinking reruns a few). */
const GRADING_LIMIT_MS = 180_000
/** Longest partial line kept from the child: a grade is a few KB; an escaped answer may print gigabytes. */
const LINE_CAP = 4 * 1024 * 1024

interface ChildRequest {
  nonce: string
  exerciseId: string
  answers: string[]
}

/**
 * Grades `answers` in sealed child processes built beside `entry` (the built grade.mjs):
 * one child for the lot, each answer in its own fresh interpreter (see `serveSealedPythonChild`).
 * Calls `onGraded` as each verdict arrives, in order. Never throws for anything an answer does:
 * when a child dies, hangs or prints no verdict, the answer it was grading is rejected with a
 * message that says so, and the answers after it are graded by a new child.
 */
export async function gradePythonSealed(
  entry: URL,
  exerciseId: string,
  answers: string[],
  onGraded: (index: number, grade: Grade) => void = () => undefined,
): Promise<Grade[]> {
  const grades: Grade[] = []
  while (grades.length < answers.length) {
    const offset = grades.length
    const nonce = randomBytes(16).toString('hex')
    const request: ChildRequest = { nonce, exerciseId, answers: answers.slice(offset) }
    const { code, signal, timedOut } = await runChild(entry, JSON.stringify(request), nonce, (grade) => {
      grades.push(grade)
      onGraded(grades.length - 1, grade)
    })
    if (grades.length === answers.length) break
    // The child ended before this answer's verdict: that answer stopped it.
    const how = signal ? `signal ${signal}` : `exit code ${code}`
    const grade = timedOut
      ? rejectWith(`Grading stopped after ${GRADING_LIMIT_MS / 1000} s without a verdict, so your answer was rejected. Look for code that never ends.`)
      : rejectWith(`Your answer stopped the Python grader (${how}) before it gave a verdict, so it was rejected.`)
    grades.push(grade)
    onGraded(grades.length - 1, grade)
  }
  return grades
}

/** The node flags of the child: read-only access to what grading needs, nothing else. */
export function sealedChildArgs(entry: URL): string[] {
  const tools = dirname(fileURLToPath(entry))
  const modules = join(tools, '..', 'node_modules')
  // Node 20 spells it --experimental-permission; 22+ --permission (the old name still works there until 23).
  const permission = process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission'
  const readable = [join(tools, '*'), join(modules, 'pyodide', '*'), join(modules, 'sql.js', '*')]
  return [
    permission,
    ...readable.map((path) => `--allow-fs-read=${path}`),
    // The Python thread is a worker thread; it runs under the same permissions.
    '--allow-worker',
    '--disallow-code-generation-from-strings',
    '--no-warnings',
    fileURLToPath(entry),
    SEALED_CHILD_ARG,
  ]
}

/**
 * Runs one child until it exits, handing each verdict line (tagged with `nonce`) to `onGrade`.
 * The time limit restarts at each verdict, so it bounds one answer, not the whole batch.
 */
function runChild(
  entry: URL,
  input: string,
  nonce: string,
  onGrade: (grade: Grade) => void,
): Promise<{ code: number | null; signal: string | null; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, sealedChildArgs(entry), { env: {}, stdio: ['pipe', 'pipe', 'ignore'] })
    let pending = ''
    let timedOut = false
    let timer: NodeJS.Timeout | undefined
    const arm = () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        timedOut = true
        child.kill('SIGKILL')
      }, GRADING_LIMIT_MS)
    }
    arm()
    const tag = `${nonce} `
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      pending += chunk
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      if (pending.length > LINE_CAP) pending = ''
      for (const line of lines) {
        if (!line.startsWith(tag)) continue // anything else is not from the child's main thread
        arm()
        onGrade(JSON.parse(line.slice(tag.length)) as Grade)
      }
    })
    child.stdin.on('error', () => undefined) // a child that died early must not crash the parent
    child.stdin.end(input)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, timedOut })
    })
    child.on('error', () => {
      clearTimeout(timer)
      resolve({ code: null, signal: null, timedOut })
    })
  })
}

/** What the child grades one answer with: a fresh sandbox per answer, started ahead of need. */
export interface SealedPythonGrading {
  /** Starts a fresh interpreter (a new Python thread) for one answer. */
  open(): { start(): Promise<void>; grade(answer: string): Promise<Grade>; dispose(): void }
}

/**
 * The child's side: reads the request from stdin and prints one tagged line per answer, in order.
 * Each answer gets a fresh interpreter (a new Python thread), so nothing one answer does to
 * Python's state can reach the next; the next interpreter starts while this answer is graded.
 * @param open opens a fresh grader for `exerciseId` (grade.ts passes its in-process one).
 */
export async function serveSealedPythonChild(open: (exerciseId: string) => Promise<SealedPythonGrading>): Promise<void> {
  let input = ''
  process.stdin.setEncoding('utf8')
  for await (const chunk of process.stdin) input += chunk
  const request = JSON.parse(input) as ChildRequest
  const grading = await open(request.exerciseId)
  // The next interpreter starts once the current one is ready (while it grades), so at most one
  // Pyodide loads at a time: two loading at once on a busy machine would slow both.
  const started = (sandbox: ReturnType<SealedPythonGrading['open']>) => sandbox.start().catch(() => undefined) // a failed start is reported by the answer's run
  let next = grading.open()
  let nextReady = started(next)
  for (let i = 0; i < request.answers.length; i++) {
    const current = next
    if (i + 1 < request.answers.length) {
      nextReady = nextReady.then(() => {
        next = grading.open()
        return started(next)
      })
    }
    try {
      const result = await current.grade(request.answers[i])
      process.stdout.write(`${request.nonce} ${JSON.stringify(result)}\n`)
    } finally {
      current.dispose()
    }
    await nextReady.then(() => undefined) // `next` is open by then
  }
}

function rejectWith(message: string): Grade {
  return { verdict: 'rejected', score: 0, checks: [{ id: 'sandbox', status: 'error', message }], feedback: [message] }
}
