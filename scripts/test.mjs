#!/usr/bin/env node
// `npm test`: every test the project has, in the order that fails fastest.
//   1. type check            tsc --noEmit
//   2. unit + component      vitest (engine, sandbox, datasets, scenarios, components)
//   3. scenario check        npm run scenarios:check (kill matrix, references vs TypeScript)
//   4. build                 npm run build (datasets + vite build)
//   5. browser               vitest --project e2e: the built app in headless Chromium
// Without Chromium, step 5 is skipped with a loud line; with CI=true that is a failure.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const ci = process.env.CI === 'true' || process.env.CI === '1'
const steps = []
const run = (name, command, args, report) => {
  const started = Date.now()
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  const ok = status === 0
  steps.push({ name, ok, report, seconds: ((Date.now() - started) / 1000).toFixed(1) })
  return ok
}
// Each vitest step also writes a JSON report, so that the summary (the last lines a CI log
// shows) names every failed test and the first lines of its error, however long the log above.
const reports = '.test-results'
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })
const vitestArgs = (file, ...projects) => [
  'node_modules/vitest/vitest.mjs', 'run',
  ...projects.flatMap((p) => ['--project', p]),
  '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/${file}`,
]
const failuresIn = (file) => {
  try {
    const report = JSON.parse(readFileSync(`${reports}/${file}`, 'utf8'))
    return report.testResults.flatMap((suite) => {
      const failed = suite.assertionResults.filter((t) => t.status === 'failed')
      const where = suite.name.replace(`${process.cwd()}/`, '')
      if (failed.length === 0 && suite.status === 'failed') return [{ where, title: '(the file failed to run)', message: suite.message ?? '' }]
      // Vitest's JSON keeps only a stack for a timeout: the test's own line and its duration tell more.
      const readable = (message) => message.split('\n').filter((line) => !line.includes('node_modules/') && !line.includes('STACK_TRACE_ERROR')).join('\n')
      return failed.map((t) => ({
        where,
        title: `${t.fullName} (after ${((t.duration ?? 0) / 1000).toFixed(1)} s)`,
        message: readable((t.failureMessages ?? []).join('\n')),
      }))
    })
  } catch {
    return []
  }
}
const finish = () => {
  const passed = steps.filter((s) => s.ok).length
  const failed = steps.length - passed
  console.log('\n=== summary')
  for (const s of steps) {
    console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds} s)`)
    if (s.ok || !s.report) continue
    for (const f of failuresIn(s.report)) {
      console.log(`     x ${f.where} > ${f.title}`)
      for (const line of f.message.split('\n').filter(Boolean).slice(0, 6)) console.log(`         ${line.slice(0, 240)}`)
    }
  }
  console.log(`test steps: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
  process.exit(failed > 0 ? 1 : 0)
}

let skipped = 0
const node = process.execPath
if (!run('type check', node, ['node_modules/typescript/bin/tsc', '--noEmit'])) finish()
run('unit and component tests', node, vitestArgs('unit.json', 'node', 'components'), 'unit.json')
run('scenario check', node, ['scripts/tool.mjs', 'scenarios-check'])
if (!run('build', 'npm', ['run', '--silent', 'build'])) finish()

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p))
if (chromium) {
  run('browser tests', node, vitestArgs('e2e.json', 'e2e'), 'e2e.json')
} else if (ci) {
  console.log('\n!!!!!!!! BROWSER TESTS FAILED: no Chromium at /usr/bin/chromium, and CI=true requires them (apt-get install -y chromium) !!!!!!!!')
  steps.push({ name: 'browser tests (no Chromium)', ok: false, seconds: '0.0' })
} else {
  skipped = 1
  console.log('\n!!!!!!!! BROWSER TESTS SKIPPED: no Chromium found at /usr/bin/chromium. Install it (apt-get install -y chromium) to run them. !!!!!!!!')
}
finish()
