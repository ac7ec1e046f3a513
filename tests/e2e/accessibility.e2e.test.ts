import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, pasteAnswer, startApp, submitAndWaitForVerdict, type AppUnderTest } from './app'
import { exportFileOf, learnerState, STORAGE_KEY } from './learner-state'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: string[]; failureSummary?: string }>
}

/** Runs axe-core in the page (WCAG 2.x A and AA rules and best practices) and returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  // page.evaluate runs over the DevTools protocol, so the app's CSP (no inline script) does not block it.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

const describeViolations = (violations: Violation[]): string =>
  violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('\n  ')}`).join('\n')

/** Each page, and what shows it is ready (axe on a half-rendered page proves little). */
const PAGES: Array<{ name: string; hash: string; ready: (page: Page) => Promise<unknown> }> = [
  { name: 'home', hash: '#/', ready: (page) => page.getByRole('link', { name: 'News Feed engagement (DAU/MAU)', exact: true }).waitFor() },
  { name: 'scenario', hash: '#/scenario/reels-sessions', ready: (page) => page.getByRole('heading', { name: 'Follow-up discussions' }).waitFor() },
  { name: 'SQL exercise', hash: '#/exercise/feed-engagement/sql-dau-mau-ratio', ready: (page) => page.locator('.monaco-editor').first().waitFor({ timeout: 30_000 }) },
  { name: 'Python exercise', hash: '#/exercise/feed-engagement/py-anomaly-detector', ready: (page) => page.locator('.monaco-editor').first().waitFor({ timeout: 30_000 }) },
  { name: 'data-model exercise', hash: '#/exercise/feed-engagement/data-model', ready: (page) => page.locator('.monaco-editor').first().waitFor({ timeout: 30_000 }) },
  { name: 'product-sense exercise', hash: '#/exercise/feed-engagement/product-sense', ready: (page) => page.getByRole('button', { name: 'Submit', exact: true }).waitFor({ timeout: 30_000 }) },
  { name: 'progress', hash: '#/progress', ready: (page) => page.getByRole('heading', { name: 'Your data is yours' }).waitFor() },
]

/** Pages after the learner did something: outputs, verdicts, dialogs and revealed content appear only then. */
const AFTER_ACTIONS: Array<{ name: string; hash: string; act: (page: Page) => Promise<unknown> }> = [
  {
    name: 'SQL exercise after a rejected Submit (diff and small example)',
    hash: '#/exercise/feed-engagement/sql-dau-mau-ratio',
    act: async (page) => {
      await pasteAnswer(page, "SELECT activity_date, 1, 1, 1.0 FROM fact_user_daily_activity WHERE activity_date >= '2024-06-01' GROUP BY activity_date")
      await submitAndWaitForVerdict(page, 60_000)
      await page.getByText(/Searching|small example|input rows/i).first().waitFor({ timeout: 30_000 }).catch(() => {})
    },
  },
  {
    name: 'Python exercise after Run',
    hash: '#/exercise/feed-engagement/py-anomaly-detector',
    act: async (page) => {
      await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Run' && !b.disabled), undefined, { timeout: 60_000 })
      await page.getByRole('button', { name: 'Run', exact: true }).click()
      await page.locator('[aria-label^="Case: "]').first().waitFor({ timeout: 60_000 })
    },
  },
  {
    name: 'progress page with a review due (list and header badge)',
    hash: '#/progress',
    act: async (page) => {
      await page.getByRole('list', { name: 'Due for review' }).waitFor()
      await page.getByText('1 due').waitFor()
    },
  },
  {
    name: 'progress page with data (both charts, their tables open, an import waiting for confirmation)',
    hash: '#/progress',
    act: async (page) => {
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify({ state: learnerState(Date.now()), version: 3 })] as const)
      await page.reload()
      await page.getByRole('img', { name: 'Submits per day, last 30 days' }).waitFor()
      await page.getByRole('img', { name: 'Mistakes made most often' }).waitFor()
      for (const summary of await page.getByText('Show as a table').all()) await summary.click()
      await page.getByRole('table', { name: /^Mistakes made most often/ }).waitFor()
      await page.getByLabel('Import file').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exportFileOf(Date.now())) })
      await page.getByRole('group', { name: 'Replace your data with export.json?' }).waitFor()
    },
  },
  {
    name: 'scenario page with model talking points shown and the shortcut sheet open',
    hash: '#/scenario/pymk',
    act: async (page) => {
      // Each button is renamed "Hide…" once pressed, so press the first "Show…" until none is left.
      const show = page.getByRole('button', { name: 'Show model talking points' })
      while ((await show.count()) > 0) await show.first().click()
      await page.keyboard.press('?')
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor()
    },
  },
]

/** A finished loop as the app stores it (version 4), so the report page has every section to check. */
const SEEDED_LOOP = {
  id: 'axeloop1',
  scope: 'feed-engagement',
  startedAt: '2026-12-01T09:00:00.000Z',
  finishedAt: '2026-12-01T10:20:00.000Z',
  status: 'finished',
  current: 3,
  setAside: {},
  parts: [
    ['product', 'feed-engagement/product-sense', 900, 'submit', { verdict: 'rejected', score: 45, secondsUsed: 610, mistakes: [], missed: ['Root causes: seasonality, logging changes'], feedback: ['Rejected: your answer covers 7 of 16 rubric points.'] }],
    ['model', 'feed-engagement/data-model', 900, 'time', { verdict: 'rejected', score: 60, secondsUsed: 900, mistakes: ['One wide table for everything'], missed: ['The session fact has no key at its grain.'], feedback: ['Rejected.'] }],
    ['sql', 'feed-engagement/sql-dau-mau-ratio', 1500, 'submit', { verdict: 'accepted', score: 100, secondsUsed: 1100, mistakes: [], missed: [], feedback: ['Matches the reference on every dataset.'] }],
    ['python', 'feed-engagement/py-anomaly-detector', 1500, 'time', { verdict: 'error', score: 0, secondsUsed: 1500, mistakes: [], missed: [], feedback: ['The answer could not be graded.'] }],
  ].map(([kind, exerciseId, secondsGiven, endedBy, result]) => ({ kind, exerciseId, secondsGiven, startedAt: '2026-12-01T09:00:00.000Z', endedAt: '2026-12-01T09:10:00.000Z', endedBy, answer: 'SELECT 1', result })),
}

/** The mock interview's pages: its home, a loop's setup, a part under the clock, the follow-ups after it, and a report. */
const MOCK_PAGES: Array<{ name: string; hash: string; ready: (page: Page) => Promise<unknown> }> = [
  { name: 'mock interview home', hash: '#/mock', ready: (page) => page.getByRole('table', { name: 'Every loop, oldest first' }).waitFor() },
  { name: 'mock setup', hash: '#/mock/feed-engagement', ready: (page) => page.getByRole('button', { name: 'Start the mock interview' }).waitFor() },
  {
    name: 'mock part running under the clock',
    hash: '#/mock/mixed',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Start the mock interview' }).click()
      await page.getByRole('timer').waitFor()
      await page.locator('.monaco-editor').first().waitFor({ timeout: 30_000 })
    },
  },
  {
    name: 'mock follow-ups after a part',
    hash: '#/mock/pymk',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Start the mock interview' }).click()
      await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Submit' && !b.disabled), undefined, { timeout: 30_000 })
      await page.getByRole('button', { name: 'Submit', exact: true }).click()
      await page.getByRole('heading', { name: 'Follow-up discussions' }).waitFor({ timeout: 30_000 })
    },
  },
  { name: 'mock report', hash: `#/mock/feed-engagement/report/${SEEDED_LOOP.id}`, ready: (page) => page.getByRole('img', { name: /Average score per loop/ }).waitFor() },
]

describe('accessibility of the built app (axe-core in Chromium)', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(PAGES)(`has no serious or critical violations on the $name page (${colorScheme} theme)`, async ({ hash, ready }) => {
      const context = await app.browser.newContext({ colorScheme })
      const { page, errors } = await openPage(context, app.host.url + hash)
      await ready(page)
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme)
      const violations = await seriousViolations(page)
      expect(violations, describeViolations(violations)).toEqual([])
      expect(errors).toEqual([])
      await context.close()
    })

    it.each(MOCK_PAGES)(`has no serious or critical violations on the $name page (${colorScheme} theme)`, async ({ hash, ready }) => {
      const context = await app.browser.newContext({ colorScheme })
      await context.addInitScript((loop) => {
        if (!localStorage.getItem('de-trainer')) localStorage.setItem('de-trainer', JSON.stringify({ version: 4, state: { mockLoops: { [loop.id]: loop } } }))
      }, SEEDED_LOOP)
      const { page, errors } = await openPage(context, app.host.url + hash)
      await ready(page)
      const violations = await seriousViolations(page)
      expect(violations, describeViolations(violations)).toEqual([])
      expect(errors).toEqual([])
      await context.close()
    })

    it.each(AFTER_ACTIONS)(`has no serious or critical violations on the $name (${colorScheme} theme)`, async ({ hash, act }) => {
      const context = await app.browser.newContext({ colorScheme, permissions: ['clipboard-read', 'clipboard-write'] })
      // A review item that fell due yesterday, stored as the app stores it (the other pages ignore it).
      await context.addInitScript(() => {
        if (localStorage.getItem('de-trainer')) return
        const id = 'follow-up:pymk/privacy-in-recommendations'
        const day = 24 * 60 * 60 * 1000
        const item = {
          id,
          kind: 'follow-up',
          target: { scenarioId: 'pymk' },
          label: 'Where do privacy rules belong in the recommendation pipeline?',
          createdAt: new Date(Date.now() - 2 * day).toISOString(),
          step: 0,
          dueAt: new Date(Date.now() - day).toISOString(),
        }
        localStorage.setItem('de-trainer', JSON.stringify({ version: 3, state: { reviews: { [id]: item } } }))
      })
      const { page } = await openPage(context, app.host.url + hash)
      await page.locator('h1').first().waitFor()
      await act(page)
      const violations = await seriousViolations(page)
      expect(violations, describeViolations(violations)).toEqual([])
      await context.close()
    })
  }
})
