/**
 * `npm run --silent bench -- [--json] [--no-browser] [--counterexample-only | --mutants-only | --grading-only | --cli-only | --native-only | --browser-only] [--lighthouse]`: the figures the issues budget.
 * `--grading-only` times just product-sense and data-model grading (`product_grade_ms`, `model_grade_ms`).
 * `--lighthouse` adds Lighthouse's desktop and mobile performance scores of the home page and one page of each exercise kind.
 * A field that cannot be measured here is null. See ../shared/spec/exercises.md.
 */
import { loadSqlJs } from '../datasets/load-sql-js'
import { scenarios } from '../scenarios/index'
import { measureBrowser } from './bench-browser'
import { measureBundle } from './bench-bundle'
import { measureCli } from './bench-cli'
import { measureLighthouse } from './bench-lighthouse'
import { measureCounterexamples } from './bench-counterexample'
import { measureBrowserCounterexamples } from './bench-counterexample-browser'
import { measureMutants } from './bench-mutants'
import { measureModelGrading } from './bench-model'
import { measureProductGrading } from './bench-product'
import { measureNativeRatio, type Query } from './bench-native'
import { measurePython } from './bench-python'
import { round1, summary } from './bench-stats'
import { openScenarioRuntime } from './scenario-runtime'

const REPEATS = 5

export async function main(args: string[]): Promise<number> {
  const json = args.includes('--json')
  const log = (line: string) => {
    if (!json) console.error(line)
  }
  if (args.includes('--counterexample-only') || args.includes('--mutants-only')) {
    const threadUrl = new URL('./sql-thread.mjs', import.meta.url)
    const figures = args.includes('--mutants-only')
      ? { mutants: await measureMutants(scenarios, threadUrl, log) }
      : await (async () => {
          const searched = new Set<string>()
          const node = await measureCounterexamples(scenarios, threadUrl, log, (key) => searched.add(key))
          return { ...node, counterexample_browser: args.includes('--no-browser') ? null : await measureBrowserCounterexamples(scenarios, searched, log) }
        })()
    if (json) console.log(JSON.stringify(figures))
    else printTable({ ...figures })
    return 0
  }
  if (args.includes('--grading-only')) {
    const figures = {
      model_grade_ms: await measureModelGrading(scenarios, new URL('./sql-thread.mjs', import.meta.url), REPEATS),
      product_grade_ms: await measureProductGrading(scenarios, 20),
    }
    if (json) console.log(JSON.stringify(figures))
    else printTable(figures)
    return 0
  }
  if (args.includes('--cli-only')) {
    const figures = await measureCli(new URL('./', import.meta.url), log)
    if (json) console.log(JSON.stringify(figures))
    else printTable({ ...figures })
    return 0
  }
  if (args.includes('--native-only')) {
    const figures = { sqljs_native_ratio: await measureNativeOnly(scenarios) }
    if (json) console.log(JSON.stringify(figures))
    else printTable(figures)
    return 0
  }
  if (args.includes('--browser-only')) {
    // With --no-browser too: only what --lighthouse adds.
    const measured = args.includes('--no-browser') ? {} : await measureBrowserFigures(log)
    const figures = { bundle: measureBundle(), ...measured, ...(await lighthouseIfAsked(args, log)) }
    if (json) console.log(JSON.stringify(figures))
    else printTable(figures)
    return 0
  }
  const gradeTimes: number[] = []
  const datasetBuild: Record<string, number> = {}
  const nativeQueries: Query[] = []
  for (const scenario of scenarios) {
    const runtime = await openScenarioRuntime(scenario, new URL('./sql-thread.mjs', import.meta.url), { withRows: true })
    datasetBuild[scenario.id] = round1(runtime.buildMs)
    try {
      for (const exercise of scenario.exercises) {
        if (exercise.kind !== 'sql') continue
        log(`grading ${exercise.id}`)
        await runtime.grader.prepare(exercise)
        for (let i = 0; i < REPEATS; i++) {
          const t0 = performance.now()
          const grade = await runtime.grader.grade(exercise, exercise.reference)
          gradeTimes.push(performance.now() - t0)
          if (grade.verdict !== 'accepted') throw new Error(`bench: the reference of ${exercise.id} was not accepted`)
        }
        for (const image of runtime.images) nativeQueries.push({ exercise: exercise.id, sql: exercise.reference, image: image.bytes })
      }
    } finally {
      runtime.dispose()
    }
  }
  log('finding the smallest counterexample of every known-wrong SQL answer')
  const searched = new Set<string>()
  const counterexamples = await measureCounterexamples(scenarios, new URL('./sql-thread.mjs', import.meta.url), log, (key) => searched.add(key))
  log('running the single-change mutants of every SQL reference')
  const mutants = await measureMutants(scenarios, new URL('./sql-thread.mjs', import.meta.url), log)
  log('comparing sql.js with native SQLite')
  const ratio = measureNativeRatio(await loadSqlJs(), nativeQueries)
  log('timing data-model grading')
  const modelGrade = await measureModelGrading(scenarios, new URL('./sql-thread.mjs', import.meta.url), REPEATS)
  log('timing product-sense grading')
  const productGrade = await measureProductGrading(scenarios, 20)
  log('timing Python grading')
  const python = await measurePython(scenarios, new URL('./python-thread.mjs', import.meta.url))
  log('timing the grade command against its floor')
  const cli = await measureCli(new URL('./', import.meta.url), log)
  const browser = args.includes('--no-browser') ? { browser: null, floors: null, pages: null } : await measureBrowserFigures(log)
  log('finding the small example of every known-wrong SQL answer on its page in Chromium')
  const counterexampleBrowser = args.includes('--no-browser') ? null : await measureBrowserCounterexamples(scenarios, searched, log)
  const figures = {
    sql_grade_ms: summary(gradeTimes),
    python_grade_ms: python.grade,
    model_grade_ms: modelGrade,
    product_grade_ms: productGrade,
    pyodide_start_ms: python.startMs,
    sqljs_native_ratio: { median: ratio.median, max: ratio.max, by_exercise: ratio.byExercise },
    dataset_build_ms: datasetBuild,
    ...counterexamples,
    counterexample_browser: counterexampleBrowser,
    mutants,
    grade: cli.grade,
    bundle: measureBundle(),
    ...browser,
    floors: { ...cli.floors, ...(browser.floors ?? {}) },
    ...(await lighthouseIfAsked(args, log)),
  }
  if (json) console.log(JSON.stringify(figures))
  else printTable(figures)
  return 0
}

/** sql.js against native SQLite alone: every SQL reference on its scenario's images. */
async function measureNativeOnly(list: typeof scenarios) {
  const queries: Query[] = []
  for (const scenario of list) {
    const runtime = await openScenarioRuntime(scenario, new URL('./sql-thread.mjs', import.meta.url))
    runtime.dispose()
    for (const exercise of scenario.exercises) {
      if (exercise.kind === 'sql') for (const image of runtime.images) queries.push({ exercise: exercise.id, sql: exercise.reference, image: image.bytes })
    }
  }
  const ratio = measureNativeRatio(await loadSqlJs(), queries)
  return { median: ratio.median, max: ratio.max, by_exercise: ratio.byExercise }
}

/** The built app in Chromium, with its floors and page figures; null fields without Chromium or dist/. */
async function measureBrowserFigures(log: (line: string) => void) {
  log('measuring the built app in Chromium')
  const exercises = scenarios.flatMap((s) => s.exercises)
  const first = (kind: string) => exercises.find((e) => e.kind === kind)?.id
  const measured = await measureBrowser({ sql: 'feed-engagement/sql-dau-mau-ratio', python: first('python'), model: first('model'), product: first('product') }, log)
  return { browser: measured?.browser ?? null, floors: measured?.floors ?? null, pages: measured?.pages ?? null }
}

/** `{ lighthouse }` with `--lighthouse` (null without Chromium or dist/), else nothing. */
async function lighthouseIfAsked(args: string[], log: (line: string) => void) {
  if (!args.includes('--lighthouse')) return {}
  const exercises = scenarios.flatMap((s) => s.exercises)
  const pages: Record<string, string> = { home: '/' }
  for (const kind of ['sql', 'python', 'model', 'product']) {
    const exercise = kind === 'sql' ? 'feed-engagement/sql-dau-mau-ratio' : exercises.find((e) => e.kind === kind)?.id
    if (exercise) pages[kind] = `/exercise/${exercise}`
  }
  return { lighthouse: await measureLighthouse(pages, log) }
}

function printTable(figures: Record<string, unknown>, prefix = ''): void {
  for (const [key, value] of Object.entries(figures)) {
    if (value && typeof value === 'object') printTable(value as Record<string, unknown>, `${prefix}${key}.`)
    else console.log(`${(prefix + key).padEnd(40)} ${value === null ? 'not measured' : value}`)
  }
}
