/**
 * `npm run --silent grade -- <exercise-id> <answer-file> [--json]` and `-- --list`.
 * Exit 0 accepted, 1 rejected (also when the answer fails to parse or crashes),
 * 2 could not grade (unknown id, missing file, wrong file type).
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import { allExercises, findExercise } from '../scenarios/index'
import type { Exercise } from '../scenarios/types'
import type { Grade } from '../engine/types'
import type { ModelGrade } from '../engine/schema/types'
import { createPythonGrader } from '../grading/python-grader'
import { createNodePythonSandbox } from '../python-sandbox/node/node-python-client'
import { gradeProductAnswer } from '../engine/rubric/grade-product-answer'
import { openScenarioRuntime } from './scenario-runtime'
import { createModelGrader } from '../grading/model-grader'
import { createNodeSqlSandbox } from '../sql-sandbox/node/node-sql-client'
import { modelGradeBase } from './model-grade-input'
import { gradePythonSealed, SEALED_CHILD_ARG, serveSealedPythonChild } from './sealed-python'
import { fileURLToPath } from 'node:url'
import { findCounterexampleForGrade, formatCounterexample, type GradeCounterexample } from './counterexample/find-for-grade'

const extensionOf: Record<Exercise['kind'], string> = { sql: '.sql', model: '.sql', python: '.py', product: '.md' }
const USAGE = 'usage: npm run --silent grade -- <exercise-id> <answer-file> [--json]\n       npm run --silent grade -- --list'

export async function main(args: string[]): Promise<number> {
  const json = args.includes('--json')
  const positional = args.filter((a) => !a.startsWith('--'))
  if (args.includes('--list')) {
    for (const e of allExercises()) console.log(`${e.id}\t${e.kind}\t${e.title}`)
    return 0
  }
  if (args.includes('--help') || positional.length !== 2) {
    console.error(USAGE)
    return 2
  }
  const [id, file] = positional
  const found = findExercise(id)
  if (!found) return cannotGrade(`Unknown exercise "${id}". Run "npm run --silent grade -- --list" to see every exercise id.`, json, id)
  const { scenario, exercise } = found
  if (!existsSync(file) || !statSync(file).isFile()) return cannotGrade(`The answer file ${file} does not exist.`, json, id)
  const wanted = extensionOf[exercise.kind]
  if (extname(file).toLowerCase() !== wanted) {
    return cannotGrade(`${id} is a ${exercise.kind} exercise: its answer must be a ${wanted} file, not ${extname(file) || 'a file without extension'}.`, json, id)
  }
  if (exercise.kind === 'product') {
    const rubric = await exercise.loadRubric()
    const { grade } = gradeProductAnswer(rubric, readFileSync(file, 'utf8'))
    print(exercise, grade, json)
    return grade.verdict === 'accepted' ? 0 : 1
  }
  const answer = readFileSync(file, 'utf8')
  if (exercise.kind === 'model') {
    const base = await modelGradeBase(scenario, exercise)
    const sandbox = createNodeSqlSandbox(new URL('./sql-thread.mjs', import.meta.url))
    try {
      const knownWrong = await exercise.loadWrongAnswers()
      const grade = await createModelGrader(sandbox).grade({ ...base, answer, knownWrong })
      print(exercise, grade, json)
      return grade.verdict === 'accepted' ? 0 : 1
    } finally {
      sandbox.dispose()
    }
  }

  if (exercise.kind === 'python') {
    // Answers are untrusted: graded in a child process with no files, env or processes to reach.
    const grade = await gradePythonSealed(new URL(import.meta.url), exercise.id, answer)
    print(exercise, grade, json)
    return grade.verdict === 'accepted' ? 0 : 1
  }
  const runtime = await openScenarioRuntime(scenario, new URL('./sql-thread.mjs', import.meta.url))
  try {
    const grade = await runtime.grader.grade(exercise, answer)
    const counterexample = await findCounterexampleForGrade(runtime.sandbox, exercise, answer, grade)
    print(exercise, grade, json, counterexample)
    return grade.verdict === 'accepted' ? 0 : 1
  } finally {
    runtime.dispose()
  }
}

/** The sealed child's grading (src/cli/sealed-python.ts): the in-process Python sandbox. */
async function gradePythonInProcess(exerciseId: string, answer: string): Promise<Grade> {
  const found = findExercise(exerciseId)
  if (found?.exercise.kind !== 'python') throw new Error(`${exerciseId} is not a Python exercise`)
  const sandbox = createNodePythonSandbox(new URL('./python-thread.mjs', import.meta.url))
  try {
    return await createPythonGrader(sandbox).grade(found.exercise, answer)
  } finally {
    sandbox.dispose()
  }
}

// Built as .tools/grade.mjs; run directly (not through scripts/tool.mjs) only as the sealed child.
if (process.argv[2] === SEALED_CHILD_ARG && process.argv[1] === fileURLToPath(import.meta.url)) {
  void serveSealedPythonChild(gradePythonInProcess)
}

function print(exercise: Exercise, grade: Grade | ModelGrade, json: boolean, counterexample?: GradeCounterexample): void {
  if (json) {
    const { verdict, score, feedback, checks, diff } = grade
    const extra = 'diagrams' in grade ? { questions: grade.questions, knownMistake: grade.knownMistake, diagrams: grade.diagrams } : {}
    // The fix of a diagnosed mistake stays out of `feedback` (tiered feedback) and comes as `diagnosis.fix`.
    const teaching = { ...(grade.diagnosis ? { diagnosis: grade.diagnosis } : {}), ...(grade.snippet ? { snippet: grade.snippet } : {}) }
    console.log(JSON.stringify({ exercise: exercise.id, kind: exercise.kind, verdict, score, feedback, checks, diff, ...teaching, ...extra, ...(counterexample ? { counterexample } : {}) }))
    return
  }
  console.log(`${grade.verdict === 'accepted' ? 'Accepted' : 'Rejected'}: ${exercise.title} (${exercise.id}), score ${grade.score}`)
  for (const line of grade.feedback) console.log(`- ${line}`)
  if (grade.verdict === 'rejected' && grade.diagnosis?.fix) console.log(`- Hint: ${grade.diagnosis.fix}`)
  if (grade.verdict === 'rejected' && grade.snippet) console.log(`The failing case, to run under your code:\n${grade.snippet}`)
  if (counterexample) for (const line of formatCounterexample(counterexample)) console.log(line)
}

function cannotGrade(message: string, json: boolean, id: string): number {
  if (json) console.log(JSON.stringify({ exercise: id, error: message }))
  else console.error(message)
  return 2
}
