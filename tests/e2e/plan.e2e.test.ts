import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, pasteAnswer, startApp, type AppUnderTest } from './app'

const exerciseHash = '#/exercise/feed-engagement/sql-dau-mau-ratio'

/** Pastes `sql`, presses Plan, and returns the plan steps' SQLite texts once a new plan shows. */
async function planOf(page: Page, sql: string): Promise<string[]> {
  await pasteAnswer(page, sql)
  const plan = page.getByRole('button', { name: 'Plan', exact: true })
  await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Plan' && !b.disabled))
  await plan.click()
  // A fresh plan: the step count shows and no "answer changed" note (which the previous plan has after a paste).
  await page.waitForFunction(
    () => {
      const text = document.getElementById('output-panel-plan')?.textContent ?? ''
      return /Query plan: \d+ steps?/.test(text) && !text.includes('Your answer changed since this plan')
    },
    undefined,
    { timeout: 60_000 },
  )
  const panel = page.getByRole('tabpanel', { name: 'Query plan' })
  return panel.locator('.plan-detail').allTextContents()
}

describe('Plan in the built app', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows an index SEARCH and a full table SCAN, each explained in words', async () => {
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 1000 } })
    const { page, errors } = await openPage(context, app.host.url + exerciseHash)

    const search = await planOf(page, "SELECT * FROM fact_user_daily_activity WHERE activity_date = '2024-06-01'")
    expect(search.some((step) => /^SEARCH fact_user_daily_activity USING (COVERING )?INDEX idx_activity_date \(activity_date=\?\)/.test(step))).toBe(true)
    expect(search.some((step) => step.startsWith('SCAN'))).toBe(false)
    const panel = page.getByRole('tabpanel', { name: 'Query plan' })
    await expect(panel.getByText(/Index lookup: reads only the matching rows/).count()).resolves.toBe(1)

    const scan = await planOf(page, 'SELECT COUNT(*) FROM fact_user_sessions WHERE posts_viewed > 3')
    expect(scan).toContain('SCAN fact_user_sessions')
    const step = panel.locator('li', { has: page.getByText('SCAN fact_user_sessions', { exact: true }) })
    await expect(step.textContent()).resolves.toContain('Full table scan: reads every row of the table.')
    await expect(panel.textContent()).resolves.toContain('How SQLite will run your query: SEARCH uses an index, SCAN reads the whole table.')

    // A syntax error shows like Run's, with its line.
    await pasteAnswer(page, 'SELECT *\n  FORM fact_user_sessions')
    await page.getByRole('button', { name: 'Plan', exact: true }).click()
    const alert = panel.getByRole('alert')
    await alert.waitFor({ timeout: 60_000 })
    await expect(alert.textContent()).resolves.toMatch(/Error on line 2/)

    // A picture for the people reviewing the change: a plan with nesting, a scan and temp B-trees.
    await planOf(
      page,
      'WITH per_user AS (\n  SELECT user_id, COUNT(*) AS sessions FROM fact_user_sessions GROUP BY platform_type, user_id\n)\nSELECT c.acquisition_channel, AVG(p.sessions)\n  FROM per_user p JOIN dim_user_cohorts c ON c.user_id = p.user_id\n GROUP BY 1 ORDER BY 2 DESC',
    )
    await page.locator('.output').screenshot({ path: '/tmp/plan.png' })
    expect(errors).toEqual([])
    await context.close()
  })
})
