#!/usr/bin/env node
// `npm test`: every test the project has, in the order that fails fastest.
//   1. type check            tsc --noEmit
//   2. unit + component      vitest (engine, sandbox, datasets, scenarios, components)
//   3. scenario check        npm run scenarios:check (kill matrix, references vs TypeScript)
//   4. build                 npm run build (datasets + vite build)
//   5. browser               vitest --project e2e: the built app in headless Chromium
// Without Chromium, step 5 is skipped with a loud line; with CI=true that is a failure.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const ci = process.env.CI === 'true' || process.env.CI === '1'
const steps = []
const run = (name, command, args) => {
  const started = Date.now()
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  const ok = status === 0
  steps.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) })
  return ok
}
const finish = () => {
  const passed = steps.filter((s) => s.ok).length
  const failed = steps.length - passed
  console.log('\n=== summary')
  for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds} s)`)
  console.log(`test steps: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
  process.exit(failed > 0 ? 1 : 0)
}

let skipped = 0
const node = process.execPath
if (!run('type check', node, ['node_modules/typescript/bin/tsc', '--noEmit'])) finish()
run('unit and component tests', node, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'node', '--project', 'components'])
run('scenario check', node, ['scripts/tool.mjs', 'scenarios-check'])
if (!run('build', 'npm', ['run', '--silent', 'build'])) finish()

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p))
if (chromium) {
  run('browser tests', node, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'e2e'])
} else if (ci) {
  console.log('\n!!!!!!!! BROWSER TESTS FAILED: no Chromium at /usr/bin/chromium, and CI=true requires them (apt-get install -y chromium) !!!!!!!!')
  steps.push({ name: 'browser tests (no Chromium)', ok: false, seconds: '0.0' })
} else {
  skipped = 1
  console.log('\n!!!!!!!! BROWSER TESTS SKIPPED: no Chromium found at /usr/bin/chromium. Install it (apt-get install -y chromium) to run them. !!!!!!!!')
}
finish()
