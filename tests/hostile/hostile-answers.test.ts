/**
 * Answers that try to escape the sandbox or break the grader, each run through the real `grade`
 * command (`node scripts/tool.mjs grade <id> <file> --json`), the way mentors and CI run it.
 * Answers of one exercise are graded several to a call (`grade <id> a b ... --jsonl`).
 * Each file in answers/ says what must happen in its header (`# expect: rejected`,
 * `# message: <substring of the feedback>`). For every one: rejected (exit 1) with that message,
 * the grader exits by itself, no file appears in the canary folder, and the canary env var
 * never shows up in what it prints. Two more answers are made here: 1 MB of source, binary junk.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const PYTHON_EXERCISE = 'reels-sessions/py-event-parser'
const SQL_EXERCISE = 'feed-engagement/sql-dau-mau-ratio'
const CANARY = `canary-${process.pid}-7f3a9c`
const answersDir = join(import.meta.dirname, 'answers')
const canaryDir = mkdtempSync(join(tmpdir(), 'hostile-canary-'))
const work = mkdtempSync(join(tmpdir(), 'hostile-answers-'))

interface HostileAnswer {
  name: string
  file: string
  exercise: string
  /** Any one of these must appear in the feedback ("memory | time limit": whichever comes first). */
  messages: string[]
}

interface Graded {
  code: number | null
  signal: string | null
  stdout: string
  stderr: string
  seconds: number
}

/** The answers in answers/, with the canary folder filled in, plus the two generated ones. */
function collectAnswers(): HostileAnswer[] {
  const answers = readdirSync(answersDir).sort().map((name) => {
    const text = readFileSync(join(answersDir, name), 'utf8')
    const comment = extname(name) === '.sql' ? '--' : '#'
    expect(text, name).toContain(`${comment} expect: rejected`)
    const messages = (text.match(new RegExp(`^${comment} message:(.*)$`, 'm'))?.[1] ?? '').split('|').map((m) => m.trim())
    const file = join(work, name)
    writeFileSync(file, text.replaceAll('{{CANARY_DIR}}', canaryDir))
    return { name, file, exercise: extname(name) === '.sql' ? SQL_EXERCISE : PYTHON_EXERCISE, messages }
  })
  // 1 MB of source: 2,000 functions and a 900 KB string, none of them the function the cases call.
  // Compiling it is slow on a loaded machine, so the time limit is an acceptable outcome too.
  const huge = join(work, 'huge-source.py')
  const functions = Array.from({ length: 2_000 }, (_, i) => `def f${i}(x):\n    return x + ${i}\n\n`).join('')
  writeFileSync(huge, `${functions}DATA = """${'x'.repeat(1_000_000 - functions.length - 20)}"""\n`)
  answers.push({ name: 'huge-source.py (generated)', file: huge, exercise: PYTHON_EXERCISE, messages: ['parse_event', 'time limit'] })
  // Binary junk: bytes that are not UTF-8 text, let alone Python.
  const junk = join(work, 'binary-junk.py')
  writeFileSync(junk, Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919 + 13) % 256)))
  answers.push({ name: 'binary-junk.py (generated)', file: junk, exercise: PYTHON_EXERCISE, messages: ['syntax error'] })
  return answers
}

/** One `grade` call for several answer files of one exercise (--jsonl: one line per file). */
function gradeFiles(exercise: string, files: string[]): Promise<Graded> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/tool.mjs', 'grade', exercise, ...files, '--jsonl'], {
      env: { ...process.env, DE_TRAINER_CANARY: CANARY },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    // Far above any verdict here; a grader that hangs fails its test instead of the whole run.
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000 * files.length)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr, seconds: (Date.now() - started) / 1000 })
    })
  })
}

/** What one answer got: its own JSON line, and the call it was graded in. */
interface AnswerResult {
  call: Graded
  line: string | undefined
}

/**
 * Grades the answers in one call per exercise, the calls side by side: `grade` gives each SQL
 * answer a fresh copy of the data and each Python answer a fresh interpreter (it loads the next
 * while one is graded, so the Python call alone keeps both cores busy), and a Python answer that
 * kills its sealed child only costs its own verdict (the rest go to a new child).
 */
async function gradeAll(answers: HostileAnswer[]): Promise<Map<string, AnswerResult>> {
  const results = new Map<string, AnswerResult>()
  const exercises = [...new Set(answers.map((a) => a.exercise))]
  await Promise.all(
    exercises.map(async (exercise) => {
      const batch = answers.filter((a) => a.exercise === exercise)
      const call = await gradeFiles(exercise, batch.map((a) => a.file))
      const lines = call.stdout.split('\n').filter((l) => l.startsWith('{'))
      for (const answer of batch) results.set(answer.name, { call, line: lines.find((l) => (JSON.parse(l) as { file?: string }).file === answer.file) })
    }),
  )
  return results
}

const answers = collectAnswers()
let results: Map<string, AnswerResult>

describe('hostile answers through the grade command', () => {
  beforeAll(async () => {
    // Builds the commands once, so the answers below are timed on grading alone.
    expect(spawnSync(process.execPath, ['scripts/tool.mjs', 'grade', '--list']).status).toBe(0)
    const started = Date.now()
    results = await gradeAll(answers)
    console.info(`graded ${answers.length} hostile answers in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }, 900_000)

  it.each(answers.map((a) => [a.name, a] as const))('%s is rejected with its message, and nothing leaks', (_name, answer) => {
    const { call, line } = results.get(answer.name)!
    expect(call.signal, 'the grader was killed: it hung').toBeNull()
    // Every answer here is rejected, so the call exits 1 (2 would mean one could not be graded).
    expect(call.code, call.stdout + call.stderr).toBe(1)
    expect(line, `no verdict for ${answer.file} in:\n${call.stdout.slice(0, 2000)}`).toBeDefined()
    const json = JSON.parse(line!) as { verdict: string; feedback: string[] }
    expect(json.verdict).toBe('rejected')
    const feedback = json.feedback.join('\n')
    expect(answer.messages.some((m) => feedback.includes(m)), `${answer.messages.join(' or ')} in: ${feedback}`).toBe(true)
    expect(call.stdout + call.stderr).not.toContain(CANARY)
    expect(call.stderr).not.toMatch(/node:internal|Unhandled|at Object\.<anonymous>/)
    console.info(`${basename(answer.name)}: graded in a call of ${call.seconds.toFixed(1)} s, ${json.feedback[0].slice(0, 110)}`)
  })

  it('leaves no file in the canary folder', () => {
    expect(readdirSync(canaryDir)).toEqual([])
  })
})
