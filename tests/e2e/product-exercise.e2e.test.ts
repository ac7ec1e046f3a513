import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { composeAnchorAnswer } from '../../src/engine/rubric'
import feedEngagementRubric from '../../src/scenarios/feed-engagement/product-sense.rubric'
import { openPage, pasteAnswer, startApp, submitAndWaitForVerdict, type AppUnderTest } from './app'

const productHash = '#/exercise/feed-engagement/product-sense'
const ID = 'feed-engagement/product-sense'
const strong = composeAnchorAnswer(feedEngagementRubric, 'strong')

describe('a product-sense exercise in the built app (Chromium)', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('grades Markdown answers in the page, shows the reference and self-rating, keeps Solved, and loads no SQL or Python', async () => {
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const { page, errors } = await openPage(context, 'about:blank')
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(app.host.url + productHash)

    await page.locator('.monaco-editor').first().waitFor({ state: 'visible', timeout: 30_000 })
    const shownText = async () => ((await page.locator('.monaco-editor .view-lines').first().textContent()) ?? '').replace(/\u00a0/g, ' ')
    // No draft yet: the outline of the question's parts.
    await expect.poll(shownText, { timeout: 60_000 }).toContain('## Metrics to investigate')
    await expect(page.getByRole('button', { name: 'Run', exact: true }).count()).resolves.toBe(0)
    await expect(page.getByRole('radio').count()).resolves.toBe(0)

    await pasteAnswer(page, 'I would look at the dashboard and see which numbers went down.')
    const rejected = await submitAndWaitForVerdict(page)
    expect(rejected).toMatch(/^Rejected/)
    expect(rejected).toContain('Metrics to investigate: nothing in your answer addresses this part yet')
    await expect(page.getByText('Solved', { exact: true }).count()).resolves.toBe(0)
    // Self-rating and the reference appear after a first Submit.
    const metrics = page.getByRole('group', { name: 'Metrics to investigate' })
    await metrics.waitFor()
    await expect(page.getByRole('region', { name: 'Reference answer' }).textContent()).resolves.toContain('First split the ratio')

    await pasteAnswer(page, strong)
    const accepted = await submitAndWaitForVerdict(page)
    expect(accepted).toMatch(/^Accepted/)
    await page.getByText('Solved', { exact: true }).first().waitFor()
    // One row per Submit in the self-rating history (plus the header row).
    const history = page.getByRole('region', { name: 'How your self-ratings compare with the detected coverage' })
    await history.waitFor()
    const attempts = history.getByRole('table').locator('tbody').getByRole('row')
    await expect(attempts.count()).resolves.toBe(2)
    await expect(attempts.nth(0).getByRole('rowheader').textContent()).resolves.toMatch(/^#1, /)
    await expect(attempts.nth(1).getByRole('rowheader').textContent()).resolves.toMatch(/^#2, /)
    await metrics.getByRole('radio', { name: 'medium' }).check()
    await expect(metrics.textContent()).resolves.toMatch(/You rated Metrics to investigate medium; the answer covers 5 of 5 points\./)

    await page.reload()
    await page.getByText('Solved', { exact: true }).first().waitFor({ timeout: 60_000 })
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('de-trainer') ?? '{}').state)
    expect(stored.drafts[ID]).toBe(strong)
    expect(stored.selfRatings[ID]).toEqual({ metrics: 'medium' })

    await page.waitForTimeout(1_000)
    expect(requests.some((url) => url.includes('exercise-route'))).toBe(true)
    expect(requests.filter((url) => /\.sqlite|pyodide|python\.worker|sql\.worker|sql-wasm/i.test(url))).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('computes a mean metric in the experiment calculator, chosen from the keyboard', async () => {
    const context = await app.browser.newContext()
    const { page, errors } = await openPage(context, app.host.url + productHash)
    await page.getByText('Experiment calculator', { exact: true }).click()
    const metricType = page.getByRole('group', { name: 'Metric type' })
    await metricType.getByRole('radio', { name: 'Proportion' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(metricType.getByRole('radio', { name: 'Mean' }).isChecked()).resolves.toBe(true)
    await expect(page.getByText(/^Mean metric, two-sided Student t-test/).count()).resolves.toBe(1)

    // statsmodels' TTestIndPower for mean 10, sd 8, +5%, alpha 0.05, power 0.8: 4,020 per arm.
    await page.getByLabel('Baseline mean').fill('10')
    await page.getByLabel('Standard deviation').fill('8')
    await page.getByLabel('Relative minimum detectable effect (%)').fill('5')
    await page.getByLabel('Traffic share (%)').fill('100')
    await page.getByLabel('Eligible daily users').fill('1000')
    const result = page.locator('.calculator-result dl')
    await expect.poll(async () => await result.textContent()).toContain('4,020')
    expect(await result.textContent()).toContain('8,040')
    expect(await result.textContent()).toContain('9 days; run 2 weeks')

    await page.getByRole('button', { name: "Use the sample's figure" }).click()
    await expect(page.getByLabel('Eligible daily users').inputValue()).resolves.toBe('216.9')
    await expect.poll(async () => await result.textContent()).toContain('38 days; run 6 weeks')
    expect(errors).toEqual([])
    await context.close()
  })
})
