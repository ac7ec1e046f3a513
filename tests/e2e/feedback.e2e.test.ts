import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, pasteAnswer, startApp, submitAndWaitForVerdict, type AppUnderTest } from './app'

// A known-wrong answer: its `-- mistake:` line is the concept, its `-- hint:` line the fix.
const wrong = readFileSync('src/scenarios/feed-engagement/sql-dau-mau-ratio.wrong/integer-division.sql', 'utf8')
const mistake = /^-- mistake: (.*)$/m.exec(wrong)![1].trim()
const hint = /^-- hint: (.*)$/m.exec(wrong)![1].trim()
const exerciseHash = '#/exercise/feed-engagement/sql-dau-mau-ratio'

describe('tiered feedback in the built app', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('names the mistake without its fix on the first rejection, and offers the fix on the second Submit of it', async () => {
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const { page, errors } = await openPage(context, app.host.url + exerciseHash)
    const status = page.getByRole('status')

    await pasteAnswer(page, wrong)
    const first = await submitAndWaitForVerdict(page)
    expect(first).toMatch(/^Rejected/)
    expect(first).toContain(mistake.replace(/\.$/, ''))
    // No fix code on the first rejection: neither the hint's sentence nor its corrected expression.
    expect(first).not.toContain(hint)
    expect(first).not.toContain('* 1.0')
    await expect(status.getByRole('button', { name: 'Show the hint' }).count()).resolves.toBe(1)
    // The reference stays behind its own button.
    await expect(page.getByRole('button', { name: 'Show the reference answer' }).count()).resolves.toBeGreaterThan(0)

    const second = await submitAndWaitForVerdict(page)
    expect(second).toMatch(/^Rejected/)
    expect(second).toContain(hint)
    await expect(status.getByRole('button', { name: 'Show the hint' }).count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })
})
