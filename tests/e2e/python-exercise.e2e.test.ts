import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, pasteAnswer, startApp, submitAndWaitForVerdict, type AppUnderTest } from './app'

const pythonHash = '#/exercise/feed-engagement/py-anomaly-detector'
const sqlHash = '#/exercise/feed-engagement/sql-dau-mau-ratio'
/** Pyodide starts in 3–4 s here; a cold start after a stopped run takes as long again. */
const PYTHON_TIMEOUT = 60_000

// Written from the contract (exercises.md, detect_engagement_anomalies), not copied from the repo.
const correct = `def detect_engagement_anomalies(daily_metrics, window_days=7, threshold_pct=15.0):
    anomalies = []
    if len(daily_metrics) < window_days + 1:
        return anomalies

    def drop(baseline, current):
        return 0 if baseline == 0 else (baseline - current) / baseline * 100

    for i in range(window_days, len(daily_metrics)):
        previous = daily_metrics[i - window_days:i]
        base_dau = sum(d['dau_count'] for d in previous) / window_days
        base_eng = sum(d['avg_engagement_per_session'] for d in previous) / window_days
        today = daily_metrics[i]
        dau_drop = drop(base_dau, today['dau_count'])
        eng_drop = drop(base_eng, today['avg_engagement_per_session'])
        if dau_drop > threshold_pct or eng_drop > threshold_pct:
            anomalies.append({
                'date': today['date'],
                'dau_drop_pct': round(dau_drop, 2),
                'engagement_drop_pct': round(eng_drop, 2),
                'severity': 'high' if max(dau_drop, eng_drop) > 25 else 'medium',
            })
    return anomalies
`
// Every flagged day is 'medium': wrong on any case with a drop above 25 %.
const wrong = correct.replace("'high' if max(dau_drop, eng_drop) > 25 else 'medium'", "'medium'")
const runaway = `def detect_engagement_anomalies(daily_metrics, window_days=7, threshold_pct=15.0):
    while True:
        pass
`

/** Pyodide reports a stopped run as a KeyboardInterrupt page error even when it is caught. */
const unexpected = (errors: string[]) => errors.filter((e) => !/KeyboardInterrupt/.test(e))

describe('a Python exercise in the built app (Chromium)', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('starts Python, runs the visible cases, grades right, wrong and runaway answers, and keeps Solved', async () => {
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const { page, errors } = await openPage(context, app.host.url + pythonHash)

    await page.locator('.monaco-editor').first().waitFor({ state: 'visible', timeout: 30_000 })
    // The starter code: Monaco renders the visible lines (with no-break spaces).
    const shownText = async () => ((await page.locator('.monaco-editor .view-lines').first().textContent()) ?? '').replace(/\u00a0/g, ' ')
    await expect.poll(shownText, { timeout: 60_000 }).toContain('def detect_engagement_anomalies(')
    const run = page.getByRole('button', { name: 'Run', exact: true })
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Run' && !b.disabled), undefined, {
      timeout: PYTHON_TIMEOUT,
    })
    await expect(page.getByText('Starting Python…').count()).resolves.toBe(0)

    // Run: one block per visible case with its call and the returned JSON.
    await pasteAnswer(page, correct)
    await run.click()
    const firstCase = page.locator('[aria-label^="Case: "]').first()
    await firstCase.waitFor({ timeout: PYTHON_TIMEOUT })
    await expect(firstCase.textContent()).resolves.toContain('detect_engagement_anomalies(')
    await expect(firstCase.textContent()).resolves.toContain('Returned')
    await expect(page.getByRole('status').textContent()).resolves.toBe('')

    await pasteAnswer(page, wrong)
    const rejected = await submitAndWaitForVerdict(page, PYTHON_TIMEOUT)
    expect(rejected).toMatch(/^Rejected/)
    expect(rejected).toMatch(/fails (example|hidden|random) case \d+, "[^"]+"/)

    await pasteAnswer(page, runaway)
    const stopped = await submitAndWaitForVerdict(page, PYTHON_TIMEOUT)
    expect(stopped).toMatch(/^Rejected/)
    expect(stopped).toMatch(/time limit/i)

    // Right after the stop (Python restarts meanwhile; Submit waits for it), a correct answer passes.
    await pasteAnswer(page, correct)
    const accepted = await submitAndWaitForVerdict(page, PYTHON_TIMEOUT)
    expect(accepted).toMatch(/^Accepted/)
    await expect(page.getByText('Solved', { exact: true }).count()).resolves.toBeGreaterThan(0)

    await page.reload()
    await page.getByText('Solved', { exact: true }).first().waitFor({ timeout: 60_000 })
    const draft = await page.evaluate((id) => JSON.parse(localStorage.getItem('de-trainer') ?? '{}').state?.drafts?.[id], 'feed-engagement/py-anomaly-detector')
    expect(draft).toBe(correct)
    expect(unexpected(errors)).toEqual([])
    await context.close()
  })

  it('a SQL exercise page never requests Pyodide or the Python worker', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(app.host.url + sqlHash)
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Run' && !b.disabled), undefined, {
      timeout: 30_000,
    })
    await page.waitForTimeout(1_000)
    expect(requests.some((url) => url.includes('exercise-route'))).toBe(true)
    expect(requests.filter((url) => /pyodide|python\.worker|python-client/i.test(url))).toEqual([])
    await context.close()
  })
})
