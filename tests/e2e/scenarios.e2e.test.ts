import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scenarios } from '../../src/scenarios/index'
import type { SqlExercise } from '../../src/scenarios/types'
import { openPage, pasteAnswer, startApp, submitAndWaitForVerdict, type AppUnderTest } from './app'

/** One SQL exercise per scenario, graded in the browser: its reference must be accepted. */
const picks = scenarios.map((s) => {
  const sql = s.exercises.filter((e): e is SqlExercise => e.kind === 'sql')
  // The recursive share cascade is the one most likely to trip a sandbox; prefer it.
  return sql.find((e) => e.id.endsWith('sql-share-cascade')) ?? sql[0]
})

describe('every scenario in the built app', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it.each(picks.map((e) => [e.id, e] as const))('%s: the reference is accepted in the browser', async (id, exercise) => {
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const { page, errors } = await openPage(context, `${app.host.url}#/exercise/${id}`)
    await pasteAnswer(page, exercise.reference)
    const verdict = await submitAndWaitForVerdict(page, 60_000)
    expect(verdict).toMatch(/^Accepted/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows the JSON column preferred_categories readably in the schema explorer', async () => {
    const context = await app.browser.newContext()
    const { page } = await openPage(context, `${app.host.url}#/exercise/reels-sessions/sql-share-cascade`)
    await page.getByText('dim_users', { exact: true }).first().click()
    const samples = page.getByRole('region', { name: 'dim_users: sample rows' })
    await samples.waitFor({ timeout: 60_000 })
    const text = (await samples.textContent()) ?? ''
    expect(text).toContain('preferred_categories')
    expect(text).not.toContain('["') // the JSON arrays are shown as values, never as raw JSON text
    await context.close()
  })
})
