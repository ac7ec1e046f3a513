import { readFileSync, readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scenarios } from '../../src/scenarios/index'
import { openPage, pasteAnswer, startApp, submitAndWaitForVerdict, type AppUnderTest } from './app'

const folder = 'src/scenarios/feed-engagement'
const reference = readFileSync(`${folder}/sql-dau-mau-ratio.sql`, 'utf8')
const wrongDir = `${folder}/sql-dau-mau-ratio.wrong`
// A known mistake whose small example the search finds in about a second even on a busy machine
// (integer division, the first by name, needs a far longer search under load than its 3 s).
const wrong = readFileSync(`${wrongDir}/${readdirSync(wrongDir).find((name) => name.startsWith('mau-counts-user-days'))}`, 'utf8')
const runaway = 'WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r)\nSELECT count(*) FROM r'
const exerciseHash = '#/exercise/feed-engagement/sql-dau-mau-ratio'

describe('the built app in Chromium, served from a sub-path', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('lists every scenario on the home page as a link named by its title', async () => {
    const context = await app.browser.newContext()
    const { page, errors } = await openPage(context, app.host.url)
    for (const scenario of scenarios) {
      await expect(page.getByRole('link', { name: scenario.title, exact: true }).count(), scenario.title).resolves.toBe(1)
    }
    const link = page.getByRole('link', { name: 'News Feed engagement (DAU/MAU)', exact: true })
    await expect(link.count()).resolves.toBe(1)
    await link.click()
    await page.waitForURL(/#\/scenario\/feed-engagement/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('grades a SQL answer end to end: accepted, rejected with a diff and a small example, a runaway query stopped, Solved after a reload', async () => {
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const { page, errors } = await openPage(context, app.host.url + exerciseHash)

    await pasteAnswer(page, wrong)
    const rejected = await submitAndWaitForVerdict(page)
    expect(rejected).toMatch(/^Rejected/)
    await expect(page.getByRole('table', { name: /expected/i }).count()).resolves.toBeGreaterThan(0)
    // The small example follows the verdict: a few input rows and both outputs on just those rows.
    const inputRows = page.getByRole('table', { name: /^Input rows of / })
    await inputRows.first().waitFor({ timeout: 30_000 })
    const shown = await page.locator('.counterexample').innerText()
    const count = Number(/(\d+) input rows? from the/.exec(shown)?.[1])
    expect(count, shown).toBeGreaterThan(0)
    expect(count, shown).toBeLessThanOrEqual(5)
    await expect(page.getByRole('table', { name: 'The reference on these rows' }).count()).resolves.toBe(1)
    await expect(page.getByRole('table', { name: 'Your answer on these rows' }).count()).resolves.toBe(1)

    await pasteAnswer(page, runaway)
    const stopped = await submitAndWaitForVerdict(page, 40_000)
    expect(stopped).toMatch(/^Rejected/)
    expect(stopped).toMatch(/5 seconds|time limit/i)

    await pasteAnswer(page, reference)
    const accepted = await submitAndWaitForVerdict(page)
    expect(accepted).toMatch(/^Accepted/)
    await expect(page.getByText('Solved', { exact: true }).count()).resolves.toBeGreaterThan(0)

    await page.reload()
    await page.getByText('Solved', { exact: true }).first().waitFor({ timeout: 60_000 })
    await page.goto(app.host.url + '#/')
    await page.getByText('Solved', { exact: true }).first().waitFor({ timeout: 60_000 })

    // Offline: the service worker has precached the app; progress lives in localStorage.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await context.setOffline(true)
    await page.reload()
    await page.getByRole('link', { name: 'News Feed engagement (DAU/MAU)', exact: true }).waitFor({ timeout: 60_000 })
    await page.getByText('Solved', { exact: true }).first().waitFor({ timeout: 60_000 })
    await context.setOffline(false)
    expect(errors).toEqual([])
    await context.close()
  })

  it('runs with Ctrl+Enter and shows the rows without grading; the pasted text is kept as pasted', async () => {
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const { page } = await openPage(context, app.host.url + exerciseHash)
    const query = "SELECT activity_date, COUNT(*) AS n\n  FROM fact_user_daily_activity\n WHERE activity_date >= date('now', '-2 days')\n GROUP BY activity_date\n ORDER BY activity_date"
    await pasteAnswer(page, query)
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Run' && !b.disabled))
    await page.locator('.monaco-editor').first().click()
    await page.keyboard.press('ControlOrMeta+Enter')
    const grid = page.getByRole('table', { name: /result/i })
    await grid.waitFor({ timeout: 60_000 })
    await expect(grid.getByRole('row').count()).resolves.toBe(4) // header + 2024-06-28..30
    // The saved draft is the editor's text: it must be the query exactly as pasted.
    const draft = await page.evaluate((id) => JSON.parse(localStorage.getItem('de-trainer') ?? '{}').state?.drafts?.[id], 'feed-engagement/sql-dau-mau-ratio')
    expect(draft).toBe(query)
    await context.close()
  })
})
