/**
 * The second wall around Python answers graded by `grade` (the first is harness.py's seal).
 * The answer is graded in a child Node process that runs under Node's permission model: it may
 * read only the built commands and the Pyodide and sql.js packages, write nothing, start no
 * process, load no addon, compile no code from strings, and its environment is empty. It gets
 * the answer on stdin (so not even the answer file needs to be readable) and prints its grade
 * on one line tagged with a nonce only the parent and the child's main thread know, so code that
 * escaped into the Python thread cannot print a verdict of its own. See docs/security.md.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Grade } from '../engine/types'

/** argv[2] of the child: `node <flags> .tools/grade.mjs --sealed-python-child`. */
export const SEALED_CHILD_ARG = '--sealed-python-child'
/** Longest a whole grading may take (each run has its own 5 s limit; shrinking reruns a few). */
const GRADING_LIMIT_MS = 180_000
/** stdout kept from the child: a grade is a few KB; an escaped answer may print gigabytes. */
const STDOUT_CAP = 4 * 1024 * 1024

interface ChildRequest {
  nonce: string
  exerciseId: string
  answer: string
}

/**
 * Grades `answer` in the sealed child process built beside `entry` (the built grade.mjs).
 * Never throws for anything the answer does: a child that dies, hangs or prints no verdict
 * gives a rejected grade that says so.
 */
export async function gradePythonSealed(entry: URL, exerciseId: string, answer: string): Promise<Grade> {
  const nonce = randomBytes(16).toString('hex')
  const request: ChildRequest = { nonce, exerciseId, answer }
  const { code, signal, stdout, timedOut } = await runChild(entry, JSON.stringify(request))
  const line = stdout.split('\n').find((l) => l.startsWith(`${nonce} `))
  if (line) return JSON.parse(line.slice(nonce.length + 1)) as Grade
  if (timedOut) return rejectWith(`Grading stopped after ${GRADING_LIMIT_MS / 1000} s without a verdict, so your answer was rejected. Look for code that never ends.`)
  const how = signal ? `signal ${signal}` : `exit code ${code}`
  return rejectWith(`Your answer stopped the Python grader (${how}) before it gave a verdict, so it was rejected.`)
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

function runChild(entry: URL, input: string): Promise<{ code: number | null; signal: string | null; stdout: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, sealedChildArgs(entry), { env: {}, stdio: ['pipe', 'pipe', 'ignore'] })
    let stdout = ''
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, GRADING_LIMIT_MS)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      if (stdout.length < STDOUT_CAP) stdout += chunk
    })
    child.stdin.on('error', () => undefined) // a child that died early must not crash the parent
    child.stdin.end(input)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, timedOut })
    })
    child.on('error', () => {
      clearTimeout(timer)
      resolve({ code: null, signal: null, stdout, timedOut })
    })
  })
}

/**
 * The child's side: reads the request from stdin, grades with `grade` and prints the tagged line.
 * @param grade grades one answer in the Python sandbox (grade.ts passes its in-process grader).
 */
export async function serveSealedPythonChild(grade: (exerciseId: string, answer: string) => Promise<Grade>): Promise<void> {
  let input = ''
  process.stdin.setEncoding('utf8')
  for await (const chunk of process.stdin) input += chunk
  const request = JSON.parse(input) as ChildRequest
  const result = await grade(request.exerciseId, request.answer)
  process.stdout.write(`${request.nonce} ${JSON.stringify(result)}\n`)
}

function rejectWith(message: string): Grade {
  return { verdict: 'rejected', score: 0, checks: [{ id: 'sandbox', status: 'error', message }], feedback: [message] }
}
