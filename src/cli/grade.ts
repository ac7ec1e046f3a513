/**
 * `npm run --silent grade -- <exercise-id> <answer-file | folder>... [--json | --jsonl]` and `-- --list`.
 * Exit 0 all accepted, 1 any rejected (also when an answer fails to parse or crashes),
 * 2 could not grade (unknown id, missing file, wrong file type).
 *
 * Start-up is kept to what the exercise's kind needs: each kind's grader is a lazy import, so
 * SQL never loads Pyodide and Markdown never starts sql.js. Several answers of one exercise
 * share that start-up (one sandbox, one reference run); see grade/*.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { allExercises, findExercise } from '../scenarios/index'
import type { Exercise } from '../scenarios/types'
import { formatCounterexample } from './counterexample/find-for-grade'
import { SEALED_CHILD_ARG } from './sealed-python'
import type { AnswerFile, BatchRequest, GradedAnswer } from './grade/types'

const extensionOf: Record<Exercise['kind'], string> = { sql: '.sql', model: '.sql', python: '.py', product: '.md' }
const USAGE =
  'usage: npm run --silent grade -- <exercise-id> <answer-file | folder>... [--json | --jsonl]\n' +
  '       npm run --silent grade -- --list'
/** The folder of the built commands: thread entries and the cache sit beside grade.mjs. */
const TOOLS = new URL('./', import.meta.url)

/** One file named on the command line (or found in a named folder): read, or why it cannot be graded. */
type Input = AnswerFile | { file: string; error: string }

export async function main(args: string[]): Promise<number> {
  const positional = args.filter((a) => !a.startsWith('--'))
  if (args.includes('--list')) {
    for (const e of allExercises()) console.log(`${e.id}\t${e.kind}\t${e.title}`)
    return 0
  }
  if (args.includes('--help') || positional.length < 2) {
    console.error(USAGE)
    return 2
  }
  const [id, ...paths] = positional
  // One answer file keeps the contract's output; several (or a folder, or --jsonl) print one line each.
  const batch = args.includes('--jsonl') || paths.length > 1 || paths.some(isFolder)
  const json = args.includes('--json') || args.includes('--jsonl')
  const found = findExercise(id)
  if (!found) return cannotGrade(`Unknown exercise "${id}". Run "npm run --silent grade -- --list" to see every exercise id.`, json, id)
  const { scenario, exercise } = found
  const inputs = paths.flatMap((path) => readInputs(path, exercise))
  if (!batch) {
    const [only] = inputs
    if ('error' in only) return cannotGrade(only.error, json, id)
  }

  const answers = inputs.filter((input): input is AnswerFile => !('error' in input))
  const results = new Map<AnswerFile, GradedAnswer>()
  let printed = 0
  const printReady = () => {
    // Results are printed in the order the files were named, each as soon as those before it are.
    for (; printed < inputs.length; printed++) {
      const input = inputs[printed]
      if ('error' in input) {
        if (json) console.log(JSON.stringify({ file: input.file, exercise: exercise.id, error: input.error }))
        else console.error(`${input.file}: ${input.error}`)
        continue
      }
      const graded = results.get(input)
      if (!graded) return
      print(exercise, graded, json, batch ? input.file : undefined)
    }
  }
  printReady()
  if (answers.length > 0) {
    const request: BatchRequest = { scenario, exercise, answers, tools: TOOLS, onGraded: (index, graded) => (results.set(answers[index], graded), printReady()) }
    try {
      await gradeBatch(request)
    } catch (error) {
      // Our side failed (a reference that no longer runs, a sandbox that cannot start): not the answers' fault.
      const message = `Could not grade: ${error instanceof Error ? error.message : String(error)}`
      if (json) console.log(JSON.stringify({ exercise: exercise.id, error: message }))
      else console.error(message)
      return 2
    }
  }

  const verdicts = answers.map((a) => results.get(a)?.grade.verdict)
  if (batch && !json) {
    const accepted = verdicts.filter((v) => v === 'accepted').length
    const failed = inputs.length - answers.length
    console.log(`\n${accepted} of ${inputs.length} accepted${failed ? `, ${failed} could not be graded` : ''}.`)
  }
  if (answers.length < inputs.length || verdicts.includes(undefined)) return 2
  return verdicts.every((v) => v === 'accepted') ? 0 : 1
}

/** Hands the answers to their kind's grader, loaded only now. */
async function gradeBatch(request: BatchRequest): Promise<void> {
  const { exercise } = request
  switch (exercise.kind) {
    case 'sql':
      return (await import('./grade/sql')).gradeSqlAnswers({ ...request, exercise })
    case 'model':
      return (await import('./grade/model')).gradeModelAnswers({ ...request, exercise })
    case 'product':
      return (await import('./grade/product')).gradeProductAnswers({ ...request, exercise })
    case 'python': {
      // Answers are untrusted: graded in a child process with no files, env or processes to reach.
      const { gradePythonSealed } = await import('./sealed-python')
      const entry = new URL(import.meta.url)
      await gradePythonSealed(entry, exercise.id, request.answers.map((a) => a.answer), (index, grade) => request.onGraded(index, { grade }))
    }
  }
}

const isFolder = (path: string): boolean => existsSync(path) && statSync(path).isDirectory()

/** A named file, or every answer file (by the exercise's extension) in a named folder, in name order. */
function readInputs(path: string, exercise: Exercise): Input[] {
  const wanted = extensionOf[exercise.kind]
  if (isFolder(path)) {
    const files = readdirSync(path)
      .filter((name) => extname(name).toLowerCase() === wanted && statSync(join(path, name)).isFile())
      .sort()
      .map((name) => join(path, name))
    if (files.length === 0) return [{ file: path, error: `The folder ${path} holds no ${wanted} answer file for ${exercise.id}.` }]
    return files.map((file) => ({ file, answer: readFileSync(file, 'utf8') }))
  }
  if (!existsSync(path) || !statSync(path).isFile()) return [{ file: path, error: `The answer file ${path} does not exist.` }]
  if (extname(path).toLowerCase() !== wanted) {
    return [{ file: path, error: `${exercise.id} is a ${exercise.kind} exercise: its answer must be a ${wanted} file, not ${extname(path) || 'a file without extension'}.` }]
  }
  return [{ file: path, answer: readFileSync(path, 'utf8') }]
}

// Built as .tools/grade.mjs; run directly (not through scripts/tool.mjs) only as the sealed child.
if (process.argv[2] === SEALED_CHILD_ARG && process.argv[1] === fileURLToPath(import.meta.url)) {
  void import('./grade/python-child').then(async ({ openPythonGrading }) => {
    const { serveSealedPythonChild } = await import('./sealed-python')
    await serveSealedPythonChild((exerciseId) => openPythonGrading(TOOLS, exerciseId))
  })
}

let printedFiles = 0

/** Prints one verdict: the contract's JSON object (with `file` first in a batch), or text. */
function print(exercise: Exercise, { grade, counterexample }: GradedAnswer, json: boolean, file?: string): void {
  if (json) {
    const { verdict, score, feedback, checks, diff } = grade
    const extra = 'diagrams' in grade ? { questions: grade.questions, knownMistake: grade.knownMistake, diagrams: grade.diagrams } : {}
    // The fix of a diagnosed mistake stays out of `feedback` (tiered feedback) and comes as `diagnosis.fix`.
    const teaching = { ...(grade.diagnosis ? { diagnosis: grade.diagnosis } : {}), ...(grade.snippet ? { snippet: grade.snippet } : {}) }
    const where = file === undefined ? {} : { file }
    console.log(JSON.stringify({ ...where, exercise: exercise.id, kind: exercise.kind, verdict, score, feedback, checks, diff, ...teaching, ...extra, ...(counterexample ? { counterexample } : {}) }))
    return
  }
  if (file !== undefined) console.log(`${printedFiles++ > 0 ? '\n' : ''}== ${file}`)
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
