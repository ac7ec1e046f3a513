/**
 * The trainer's loop in the built app: a known mistake comes back for review the next day (clock
 * faked with Playwright's page.clock), a correct retry moves it on; everything the learner owns
 * survives export -> cleared storage -> import; a bad file changes nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, pasteAnswer, startApp, submitAndWaitForVerdict, type AppUnderTest } from './app'
import { DAY, learnerState, STORAGE_KEY } from './learner-state'

const EXERCISE = 'feed-engagement/sql-dau-mau-ratio'
const TITLE = 'Daily DAU/MAU for June'
const folder = 'src/scenarios/feed-engagement'
const reference = readFileSync(`${folder}/sql-dau-mau-ratio.sql`, 'utf8')
const wrong = readFileSync(`${folder}/sql-dau-mau-ratio.wrong/mau-counts-user-days.sql`, 'utf8')
const mistake = /^-- mistake: (.*)$/m.exec(wrong)![1]


/** How long a browser wait may take: the machine is shared and busy, so be generous. */
const WAIT = 60_000
/** A test drives a whole loop (two gradings, page loads): give it room on a busy machine. */
const TEST_TIMEOUT = 300_000

const progressLink = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Progress/ })

/** What the store wrote to localStorage (its `state`), or undefined before the first write. */
const persisted = (page: Page): Promise<Record<string, unknown> | undefined> =>
  page.evaluate((key) => {
    const text = localStorage.getItem(key)
    return text ? (JSON.parse(text) as { state: Record<string, unknown> }).state : undefined
  }, STORAGE_KEY)

/** Opens the progress page with `state` stored as the app stores it. */
async function openProgressWith(context: BrowserContext, url: string, state: object): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(context, url + '#/progress')
  await opened.page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify({ state, version: 3 })] as const)
  await opened.page.reload()
  await opened.page.getByRole('heading', { name: 'Your data is yours' }).waitFor()
  return opened
}

describe('the trainer loop in the built app', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('brings a known mistake of day 1 back on day 2 (badge and queue); a correct retry moves it on by 3 days', async () => {
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    context.setDefaultTimeout(WAIT)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // A fake clock that still runs on its own, so the app's timers work; fastForward jumps a day.
    await page.clock.install({ time: new Date('2026-03-02T09:00:00') })
    await page.goto(`${app.host.url}#/exercise/${EXERCISE}`)

    await pasteAnswer(page, wrong)
    const rejected = await submitAndWaitForVerdict(page, 120_000)
    expect(rejected).toMatch(/^Rejected/)
    await page.getByText(mistake, { exact: false }).first().waitFor()
    const day1 = await page.evaluate(() => Date.now())
    const item = ((await persisted(page))?.reviews as Record<string, { step: number; dueAt: string }>)[`mistake:${EXERCISE}`]
    expect(item.step).toBe(0)
    expect(Date.parse(item.dueAt) - day1).toBeGreaterThan(DAY - 60_000)
    expect(Date.parse(item.dueAt) - day1).toBeLessThanOrEqual(DAY)

    // Day 1: not due yet.
    await progressLink(page).click()
    await page.getByText('Nothing is due today. 1 item comes up later.').waitFor()
    await expect(page.getByRole('navigation', { name: 'Main' }).getByText(/ due$/).count()).resolves.toBe(0)

    // Day 2: the badge and the queue show it, named by its exercise, without a reload.
    await page.clock.fastForward('24:00:00')
    await page.getByRole('navigation', { name: 'Main' }).getByText('1 due').waitFor()
    const due = page.getByRole('list', { name: 'Due for review' })
    await due.waitFor()
    await expect(due.getByRole('listitem').innerText()).resolves.toContain('SQL in News Feed engagement (DAU/MAU)')
    await expect(due.getByRole('listitem').innerText()).resolves.toContain(mistake)

    // The retry: open the exercise from the queue and submit the reference.
    await due.getByRole('link', { name: TITLE }).click()
    await page.waitForURL(new RegExp(`#/exercise/${EXERCISE}$`))
    await pasteAnswer(page, reference)
    expect(await submitAndWaitForVerdict(page, 120_000)).toMatch(/^Accepted/)
    const day2 = await page.evaluate(() => Date.now())
    const moved = ((await persisted(page))?.reviews as Record<string, { step: number; dueAt: string }>)[`mistake:${EXERCISE}`]
    expect(moved.step).toBe(1)
    expect(Date.parse(moved.dueAt) - day2).toBeGreaterThan(3 * DAY - 60_000)
    expect(Date.parse(moved.dueAt) - day2).toBeLessThanOrEqual(3 * DAY)
    await page.getByRole('navigation', { name: 'Main' }).getByText('1 due').waitFor({ state: 'detached' })

    // The progress page counts both Submits, and the mistake.
    await progressLink(page).click()
    await page.getByText('Nothing is due today. 1 item comes up later.').waitFor()
    const sql = page.getByRole('table', { name: 'Progress in News Feed engagement (DAU/MAU)' }).getByRole('row', { name: /^SQL/ })
    await expect(sql.getByRole('cell').allInnerTexts()).resolves.toEqual(['1 of 4', '2', expect.stringMatching(/min$/), '1'])
    await expect(page.getByRole('img', { name: 'Submits per day, last 30 days' }).count()).resolves.toBe(1)
    await expect(page.getByRole('img', { name: 'Mistakes made most often' }).getAttribute('aria-describedby')).resolves.toBeTruthy()
    expect(errors).toEqual([])
    await context.close()
  }, TEST_TIMEOUT)

  it('restores everything after export, cleared storage and import: progress, drafts, ratings, review queue, activity', async () => {
    const context = await app.browser.newContext({ acceptDownloads: true })
    context.setDefaultTimeout(WAIT)
    const now = Date.now()
    const { page, errors } = await openProgressWith(context, app.host.url, learnerState(now))
    const before = await page.evaluate(() => document.querySelector('main')?.innerText ?? '')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()])
    expect(download.suggestedFilename()).toMatch(/^de-trainer-progress-\d{4}-\d{2}-\d{2}\.json$/)
    // Saved under its own name: the confirmation names the file.
    const saveDir = mkdtempSync(join(tmpdir(), 'de-trainer-export-'))
    const path = join(saveDir, download.suggestedFilename())
    await download.saveAs(path)
    const file = JSON.parse(readFileSync(path, 'utf8'))
    const stored = await persisted(page)
    expect(file.state).toEqual(stored)
    expect(file.state).toEqual(learnerState(now))

    await page.evaluate(() => localStorage.clear())
    await page.reload()
    await page.getByRole('heading', { name: 'Your data is yours' }).waitFor()
    await expect(page.getByText(/^0 exercises of \d+ solved/).count()).resolves.toBe(1)

    await page.getByLabel('Import file').setInputFiles(path)
    const confirm = page.getByRole('group', { name: /^Replace your data with de-trainer-progress-/ })
    await confirm.waitFor()
    await expect(confirm.getByRole('row', { name: /^Exercises solved/ }).getByRole('cell').allInnerTexts()).resolves.toEqual(['1', '0'])
    await expect(confirm.getByRole('row', { name: /^Review queue items/ }).getByRole('cell').allInnerTexts()).resolves.toEqual(['1', '0'])
    await confirm.getByRole('button', { name: 'Replace my data' }).click()
    await page.getByRole('status').filter({ hasText: /^Imported / }).waitFor()
    expect(await persisted(page)).toEqual(stored)

    // The same page as before the export, after a reload too.
    await page.reload()
    await page.getByRole('heading', { name: 'Your data is yours' }).waitFor()
    expect(await page.evaluate(() => document.querySelector('main')?.innerText ?? '')).toBe(before)
    expect(errors).toEqual([])
    await context.close()
    rmSync(saveDir, { recursive: true, force: true })
  }, TEST_TIMEOUT)

  it('refuses a garbage file and a foreign JSON file with a clear error, and changes nothing', async () => {
    const context = await app.browser.newContext()
    context.setDefaultTimeout(WAIT)
    const { page, errors } = await openProgressWith(context, app.host.url, learnerState(Date.now()))
    const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)
    const screen = await page.evaluate(() => document.querySelector('main')?.innerText ?? '')

    const files = [
      { name: 'garbage.json', mimeType: 'application/json', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x13, 0x37]), message: /^This file is not JSON, so it is not an export of this trainer\. Nothing was changed\.$/ },
      {
        name: 'package.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ name: 'someone-elses-app', version: '1.0.0', state: { solved: {} } })),
        message: /^This JSON file is not an export of this trainer \(it has no "format": "de-trainer-export"\)\. Nothing was changed\.$/,
      },
    ]
    for (const { message, ...file } of files) {
      await page.getByLabel('Import file').setInputFiles(file)
      const alert = page.getByRole('alert')
      await alert.filter({ hasText: message }).waitFor()
      await expect(page.getByRole('group', { name: /^Replace your data/ }).count()).resolves.toBe(0)
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), file.name).toBe(stored)
    }
    await page.reload()
    await page.getByRole('heading', { name: 'Your data is yours' }).waitFor()
    expect(await page.evaluate(() => document.querySelector('main')?.innerText ?? '')).toBe(screen)
    expect(errors).toEqual([])
    await context.close()
  }, TEST_TIMEOUT)
})
