import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, pasteAnswer, startApp, submitAndWaitForVerdict, type AppUnderTest } from './app'

const ID = 'feed-engagement/data-model'
const reference = readFileSync(join(__dirname, '../../src/scenarios/feed-engagement/data-model.sql'), 'utf8')
const seed = readFileSync(join(__dirname, '../../src/scenarios/feed-engagement/data-model.alt/seed.sql'), 'utf8')
const noKeys = readFileSync(join(__dirname, '../../src/scenarios/feed-engagement/data-model.wrong/no-keys.sql'), 'utf8')
const oneTable = `CREATE TABLE feed_events (
  session_id TEXT, user_id BIGINT, registration_date DATE, activity_date DATE,
  posts_viewed INT, is_dau BOOLEAN, total_sessions INT
);`

describe('a data-model exercise in the built app (Chromium)', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('draws the schema on Run, grades it with a line per check, shows both diagrams with what is missing, and keeps Solved', async () => {
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const { page, errors } = await openPage(context, 'about:blank')
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(`${app.host.url}#/exercise/${ID}`)
    await page.locator('.monaco-editor').first().waitFor({ state: 'visible', timeout: 30_000 })
    const run = page.getByRole('button', { name: 'Run', exact: true })
    await expect.poll(() => run.isEnabled(), { timeout: 30_000 }).toBe(true)

    // Run: the answer's own diagram, nothing graded.
    await pasteAnswer(page, oneTable)
    await run.click()
    const yours = page.getByRole('figure', { name: 'Your schema' })
    await yours.locator('[data-table="feed_events"]').waitFor({ timeout: 60_000 })
    await expect(page.getByRole('status').textContent()).resolves.not.toMatch(/^(Accepted|Rejected)/)

    // A one-table design is rejected with its own line; the reference diagram marks what it lacks.
    const rejected = await submitAndWaitForVerdict(page)
    expect(rejected).toMatch(/^Rejected/)
    expect(rejected).toContain('Everything is in one table, feed_events')
    await expect(page.locator('[data-check="one-wide-table"]').textContent()).resolves.toMatch(/required/)
    const referenceFigure = page.getByRole('figure', { name: 'Reference schema' })
    await referenceFigure.waitFor()
    await expect(referenceFigure.locator('[data-table="fact_user_daily_activity"][data-missing="true"]').count()).resolves.toBe(1)
    await expect(referenceFigure.locator('[data-table="dim_user_cohorts"][data-missing="true"]').count()).resolves.toBe(1)
    await expect(referenceFigure.getByText('missing').count()).resolves.toBeGreaterThan(0)
    await expect(page.getByText('Solved', { exact: true }).count()).resolves.toBe(0)

    // A design that fails exactly like a known-wrong one is told that mistake first (its comments removed here).
    await pasteAnswer(page, noKeys.replace(/--.*$/gm, ''))
    const named = await submitAndWaitForVerdict(page)
    expect(named).toMatch(/^Rejected\s*This looks like a common mistake: /)
    // Tiered: the concept first; its hint only on request (or when the same mistake comes back).
    const hint = noKeys.match(/-- hint: (.+)/)![1].trim()
    expect(named).not.toContain(hint)
    await page.getByRole('button', { name: 'Show the hint', exact: true }).click()
    await expect(page.getByRole('status').first().textContent()).resolves.toContain(hint)

    // The seed's schema, written without CREATE TABLE, is accepted; nothing is marked missing.
    await pasteAnswer(page, seed)
    const accepted = await submitAndWaitForVerdict(page)
    expect(accepted).toMatch(/^Accepted/)
    await page.getByText('Solved', { exact: true }).first().waitFor()
    await expect(page.getByRole('figure', { name: 'Reference schema' }).locator('[data-missing="true"]').count()).resolves.toBe(0)
    await expect(page.getByRole('figure', { name: 'Your schema' }).locator('[data-table]').count()).resolves.toBeGreaterThanOrEqual(3)
    await expect(page.getByRole('region', { name: 'Questions your schema can answer' }).textContent()).resolves.toContain('Daily DAU/MAU for June')

    // A DDL error names its line and the page stays usable.
    await pasteAnswer(page, 'CREATE TABLE a (x INT);\nCREATE TABLE b (y INT,, z INT);')
    await run.click()
    await expect.poll(() => page.locator('.diagram-card [role="alert"]').textContent(), { timeout: 60_000 }).toMatch(/^Error on line 2near ",": syntax error/)

    await pasteAnswer(page, reference)
    await page.reload()
    await page.getByText('Solved', { exact: true }).first().waitFor({ timeout: 60_000 })
    expect(requests.filter((url) => /\.sqlite|pyodide|python\.worker/i.test(url))).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
