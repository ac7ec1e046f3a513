/**
 * A whole mock interview loop in the built app, with the timers shortened by the test hook
 * (`?seconds-per-part=N`, read by the app shell): the first part is given ten minutes on the setup
 * screen and ended by Submit, the other three run out of time and are graded as they stand. The
 * report lists the four parts with their times, and survives a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, startApp, type AppUnderTest } from './app'

/** Grading a timed-out Python part starts Pyodide (3–4 s idle; far more on a busy machine). */
const PART_TIMEOUT = 120_000
const SECONDS = 6

describe('a timed mock interview in the built app', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('runs four parts (one submitted, three timed out), shows follow-ups after each, and reports them with their times after a reload', async () => {
    const context = await app.browser.newContext()
    const url = new URL(app.host.url)
    url.search = `?seconds-per-part=${SECONDS}`
    url.hash = '#/mock/feed-engagement'
    const { page, errors } = await openPage(context, url.toString())

    // The setup: four parts in order, each time editable (in seconds under the test hook).
    await page.getByRole('heading', { name: 'Mock interview: News Feed engagement (DAU/MAU)' }).waitFor()
    const legends = await page.locator('fieldset legend').allTextContents()
    expect(legends).toEqual(['Part 1: Product sense', 'Part 2: Data modeling', 'Part 3: SQL', 'Part 4: Python'])
    const first = page.getByRole('group', { name: 'Part 1: Product sense' })
    expect(await first.getByLabel('Exercise').inputValue()).toBe('feed-engagement/product-sense')
    await first.getByLabel('Seconds').fill('600')
    await page.getByRole('button', { name: 'Start the mock interview' }).click()

    // Part 1 runs on the product-sense page under the clock; Submit ends it.
    await page.getByRole('timer').waitFor()
    expect(await page.getByRole('region', { name: 'Mock interview' }).textContent()).toContain('Part 1 of 4: Product sense')
    const submit = page.getByRole('button', { name: 'Submit', exact: true })
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Submit' && !b.disabled), undefined, { timeout: 30_000 })
    await submit.click()
    await page.getByRole('heading', { name: 'Part 1 of 4 done: Product sense' }).waitFor({ timeout: PART_TIMEOUT })
    expect(await page.locator('.mock-outcome').textContent()).toMatch(/^(Accepted|Rejected), score \d+ of 100, in \d+:\d\d of 10:00\./)
    // The interviewer's follow-ups (the scenario's own cards) come before the next part.
    await page.getByRole('heading', { name: 'Follow-up discussions' }).waitFor()

    // Parts 2 to 4: nobody submits; each ends when its time runs out, and is graded as it stands.
    for (const [index, name] of [
      [2, 'Data modeling'],
      [3, 'SQL'],
      [4, 'Python'],
    ] as const) {
      await page.getByRole('button', { name: `Start part ${index}: ${name}` }).click()
      await page.getByRole('timer').waitFor()
      await page.getByRole('heading', { name: `Part ${index} of 4 done: ${name}` }).waitFor({ timeout: PART_TIMEOUT })
      expect(await page.locator('.mock-outcome').textContent()).toContain(`of 0:0${SECONDS} (time ran out)`)
    }

    await page.getByRole('button', { name: 'See the report' }).click()
    await page.getByRole('heading', { name: 'Mock interview report' }).waitFor()
    expect(page.url()).toMatch(/#\/mock\/feed-engagement\/report\/[a-z0-9]+$/)

    const readParts = async () => {
      const parts = page.getByRole('list', { name: 'Parts' }).getByRole('article')
      await parts.first().waitFor()
      return Promise.all(
        (await parts.all()).map(async (part) => ({
          heading: await part.getByRole('heading', { level: 2 }).textContent(),
          time: (await part.locator('dt:text-is("Time used") + dd').textContent())?.trim(),
          verdict: await part.locator('dt:text-is("Verdict") + dd').textContent(),
          practise: await part.getByRole('link', { name: /^Practise/ }).getAttribute('href'),
        })),
      )
    }
    const parts = await readParts()
    expect(parts.map((p) => p.heading)).toEqual(['Part 1: Product sense', 'Part 2: Data modeling', 'Part 3: SQL', 'Part 4: Python'])
    expect(parts[0].time).toMatch(/^\d+:\d\d of 10:00\d+ (min|s).* of 10 min \(submitted\)$/)
    for (const part of parts.slice(1)) expect(part.time).toBe(`0:0${SECONDS} of 0:0${SECONDS}${SECONDS} s of ${SECONDS} s (time ran out)`)
    for (const part of parts) expect(part.verdict).toMatch(/^(Accepted|Rejected|Could not be graded)$/)
    expect(parts.map((p) => p.practise)).toEqual([
      '#/exercise/feed-engagement/product-sense',
      '#/exercise/feed-engagement/data-model',
      '#/exercise/feed-engagement/sql-dau-mau-ratio',
      '#/exercise/feed-engagement/py-anomaly-detector',
    ])
    // The SQL part ran out of time on a blank answer: graded, and rejected as empty.
    expect(parts[2].verdict).toBe('Rejected')

    // The loop is kept: a reload shows the same report, and the chart across loops lists it.
    await page.reload()
    await page.getByRole('heading', { name: 'Mock interview report' }).waitFor()
    expect(await readParts()).toEqual(parts)
    await page.getByRole('img', { name: /Average score per loop/ }).waitFor()
    expect(await page.getByRole('table', { name: 'Every loop, oldest first' }).getByRole('row').count()).toBe(2)

    expect(errors).toEqual([])
    await context.close()
  }, 600_000)
})
