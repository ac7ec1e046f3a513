/**
 * The `grade` command against its floor, measured in the same run (issue 14): how long one
 * answer takes through `node scripts/tool.mjs grade`, next to what no grader can avoid (Node
 * starting, sql.js or Pyodide starting, the scenario's dataset images opened) plus the time
 * the grading itself takes in a warm process; and 20 answer files in one call against 20 calls.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPythonGrader } from '../grading/python-grader'
import { createNodePythonSandbox } from '../python-sandbox/node/node-python-client'
import { findExercise } from '../scenarios/index'
import type { PythonExercise, SqlExercise } from '../scenarios/types'
import { median, round1 } from './bench-stats'
import { readScenarioAnswers } from './scenario-answers'
import { openScenarioRuntime } from './scenario-runtime'

/** The exercise of the SQL figures: the one `grade`'s documentation and tests use. */
const SQL_EXERCISE = 'feed-engagement/sql-dau-mau-ratio'
const PYTHON_EXERCISE = 'feed-engagement/py-anomaly-detector'
const BATCH_FILES = 20

export interface FloorFigure {
  floor_ms: number
  ratio: number
}

export interface CliFigures {
  floors: { grade_sql: FloorFigure; grade_python: FloorFigure | null }
  grade: {
    sql_exercise: string
    /** One accepted SQL answer through the command, cold process, median. */
    sql_ms: number
    /** Grading that answer in a warm process (its runs on every dataset and the comparison). */
    sql_grading_ms: number
    python_exercise: string | null
    python_ms: number | null
    python_grading_ms: number | null
    /** 20 answer files in one call, and the same files in 20 calls. */
    batch: { exercise: string; files: number; one_call_ms: number; separate_calls_ms: number; speedup: number }
  }
}

/** Wall time of one command, from spawn to exit; throws when it exits with `expect` not met. */
function timeCommand(args: string[], expectCode = 0): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => {
      if (code === expectCode) resolve(performance.now() - started)
      else reject(new Error(`bench: \`node ${args.join(' ')}\` exited with ${code}: ${stderr.slice(0, 500)}`))
    })
  })
}

/** Node starts, sql.js starts, and every dataset image of the scenario is opened and read once. */
function sqlFloorArgs(scenarioId: string, keys: string[]): string[] {
  const files = keys.map((key) => join(process.cwd(), 'public/datasets', scenarioId, `${key}.sqlite`))
  const code =
    `import initSqlJs from 'sql.js'; import { readFileSync } from 'node:fs';` +
    `const SQL = await initSqlJs();` +
    `for (const f of ${JSON.stringify(files)}) { const db = new SQL.Database(readFileSync(f)); db.exec('SELECT count(*) FROM sqlite_master'); db.close() }`
  return ['--input-type=module', '-e', code]
}

/** Node starts and Pyodide starts (the Python grader's floor). */
function pythonFloorArgs(): string[] {
  return ['--input-type=module', '-e', `import { loadPyodide } from 'pyodide'; const py = await loadPyodide(); py.runPython('1 + 1')`]
}

const gradeArgs = (exercise: string, ...files: string[]) => ['scripts/tool.mjs', 'grade', exercise, ...files, '--json']

/** Runs `a` and `b` alternately `runs` times (so both see the same load), and returns both medians. */
async function alternate(runs: number, a: () => Promise<number>, b: () => Promise<number>): Promise<[number, number]> {
  const as: number[] = []
  const bs: number[] = []
  for (let i = 0; i < runs; i++) {
    as.push(await a())
    bs.push(await b())
  }
  return [median(as), median(bs)]
}

async function warmSqlGrading(exercise: SqlExercise, threadUrl: URL, answer: string, repeats: number): Promise<number> {
  const found = findExercise(exercise.id)!
  const runtime = await openScenarioRuntime(found.scenario, threadUrl)
  try {
    await runtime.grader.prepare(exercise)
    const times: number[] = []
    for (let i = 0; i <= repeats; i++) {
      const t0 = performance.now()
      await runtime.grader.grade(exercise, answer)
      if (i > 0) times.push(performance.now() - t0) // the first run warms the code paths
    }
    return median(times)
  } finally {
    runtime.dispose()
  }
}

async function warmPythonGrading(exercise: PythonExercise, threadUrl: URL, answer: string, repeats: number): Promise<number> {
  const sandbox = createNodePythonSandbox(threadUrl)
  try {
    const grader = createPythonGrader(sandbox)
    const times: number[] = []
    for (let i = 0; i <= repeats; i++) {
      const t0 = performance.now()
      await grader.grade(exercise, answer)
      if (i > 0) times.push(performance.now() - t0)
    }
    return median(times)
  } finally {
    sandbox.dispose()
  }
}

/**
 * Measures the figures above. `tools` is the folder of the built commands (thread entries).
 * Needs `npm run datasets` (the images on disk); the commands are built by the first call.
 */
export async function measureCli(tools: URL, log: (line: string) => void, runs = 5): Promise<CliFigures> {
  const sql = findExercise(SQL_EXERCISE)
  if (sql?.exercise.kind !== 'sql') throw new Error(`bench: ${SQL_EXERCISE} is not a SQL exercise`)
  const sqlExercise = sql.exercise
  const work = mkdtempSync(join(tmpdir(), 'bench-grade-'))
  try {
    const [scenarioId] = SQL_EXERCISE.split('/')
    const sqlFile = join(work, 'answer.sql')
    writeFileSync(sqlFile, sqlExercise.reference)
    log(`timing grade of one SQL answer (${SQL_EXERCISE}) against its floor`)
    await timeCommand(gradeArgs(SQL_EXERCISE, sqlFile)) // builds the commands and fills grade's cache
    const keys = sql.scenario.variants.map((v) => v.key)
    const [sqlFloor, sqlGrade] = await alternate(runs, () => timeCommand(sqlFloorArgs(scenarioId, keys)), () => timeCommand(gradeArgs(SQL_EXERCISE, sqlFile)))
    const sqlGrading = await warmSqlGrading(sqlExercise, new URL('sql-thread.mjs', tools), sqlExercise.reference, runs)

    log(`timing ${BATCH_FILES} SQL answer files in one call and in ${BATCH_FILES} calls`)
    const batchDir = join(work, 'answers')
    const files = Array.from({ length: BATCH_FILES }, (_, i) => join(batchDir, `answer-${String(i + 1).padStart(2, '0')}.sql`))
    rmSync(batchDir, { recursive: true, force: true })
    mkdirSync(batchDir)
    // Copies of the reference: every call does the same grading work, so the difference is start-up.
    for (const file of files) writeFileSync(file, sqlExercise.reference)
    const oneCall = await timeCommand(gradeArgs(SQL_EXERCISE, batchDir))
    let separate = 0
    for (const file of files) separate += await timeCommand(gradeArgs(SQL_EXERCISE, file))

    const python = findExercise(PYTHON_EXERCISE)
    let pythonFigures: { floor: number; grade: number; grading: number } | null = null
    if (python?.exercise.kind === 'python') {
      const [pyScenario, pySlug] = PYTHON_EXERCISE.split('/')
      const answer = readScenarioAnswers(pyScenario, pySlug, 'alt', '.py')[0]?.text
      if (answer) {
        log(`timing grade of one Python answer (${PYTHON_EXERCISE}) against its floor`)
        const pyFile = join(work, 'answer.py')
        writeFileSync(pyFile, answer)
        const [floor, grade] = await alternate(Math.max(1, Math.ceil(runs / 2)), () => timeCommand(pythonFloorArgs()), () => timeCommand(gradeArgs(PYTHON_EXERCISE, pyFile)))
        const grading = await warmPythonGrading(python.exercise, new URL('python-thread.mjs', tools), answer, runs)
        pythonFigures = { floor, grade, grading }
      }
    }

    const ratio = (grade: number, grading: number, floor: number) => Math.round(((grade - grading) / floor) * 100) / 100
    return {
      floors: {
        grade_sql: { floor_ms: round1(sqlFloor), ratio: ratio(sqlGrade, sqlGrading, sqlFloor) },
        grade_python: pythonFigures ? { floor_ms: round1(pythonFigures.floor), ratio: ratio(pythonFigures.grade, pythonFigures.grading, pythonFigures.floor) } : null,
      },
      grade: {
        sql_exercise: SQL_EXERCISE,
        sql_ms: round1(sqlGrade),
        sql_grading_ms: round1(sqlGrading),
        python_exercise: pythonFigures ? PYTHON_EXERCISE : null,
        python_ms: pythonFigures ? round1(pythonFigures.grade) : null,
        python_grading_ms: pythonFigures ? round1(pythonFigures.grading) : null,
        batch: {
          exercise: SQL_EXERCISE,
          files: BATCH_FILES,
          one_call_ms: round1(oneCall),
          separate_calls_ms: round1(separate),
          speedup: Math.round((separate / oneCall) * 10) / 10,
        },
      },
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
