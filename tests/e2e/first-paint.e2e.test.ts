import { readFileSync } from 'node:fs'
import type { Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, startApp, submitAndWaitForVerdict, type AppUnderTest } from './app'

const ID = 'feed-engagement/sql-dau-mau-ratio'
const reference = readFileSync(`src/scenarios/${ID}.sql`, 'utf8')

/** Holds every request matching `pattern` until `release()`: the test decides when a file arrives. */
function holdBack() {
  const held: Route[] = []
  let released = false
  return {
    handler: (route: Route) => (released ? route.continue() : void held.push(route)),
    held: () => held.length,
    release() {
      released = true
      for (const route of held.splice(0)) void route.continue()
    },
  }
}

describe('first paint and input first (built app in Chromium)', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('paints the statement, the tables and a plain answer field before Monaco; Monaco takes over with the typed text, cursor and focus', async () => {
    const context = await app.browser.newContext()
    const monaco = holdBack()
    await context.route(/\/assets\/monaco-answer-[^/]*\.js$/, monaco.handler)
    const { page, errors } = await openPage(context, `${app.host.url}#/exercise/${ID}`)

    await page.getByRole('region', { name: 'The question' }).waitFor({ timeout: 30_000 })
    await page.getByRole('region', { name: 'Tables', exact: true }).waitFor({ timeout: 30_000 })
    const plain = page.getByRole('textbox', { name: 'Answer' })
    await plain.waitFor({ timeout: 30_000 })
    await page.waitForFunction(() => document.querySelector('.monaco-editor') === null)
    expect(monaco.held()).toBeGreaterThan(0)

    // Typed before Monaco arrives: kept, and the cursor stays where it was (two characters from the end).
    await plain.click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type('\nSELECT 42')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    const before = await plain.inputValue()

    monaco.release()
    await page.locator('.monaco-editor textarea').waitFor({ state: 'attached', timeout: 60_000 })
    await page.waitForFunction(() => document.activeElement?.closest('.monaco-editor') !== null, undefined, { timeout: 30_000 })
    await page.keyboard.type('X')
    await expect
      .poll(() => page.evaluate((id) => JSON.parse(localStorage.getItem('de-trainer') ?? '{}').state?.drafts?.[id], ID), { timeout: 15_000 })
      .toBe(`${before.slice(0, -2)}X42`)
    expect(errors).toEqual([])
    await context.close()
  })

  it('enables Run on the visible dataset alone; the hidden variants arrive later and Submit grades on them', async () => {
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const hidden = holdBack()
    await context.route(/\/datasets\/feed-engagement\/hidden-[^/]*\.sqlite$/, hidden.handler)
    const { page, errors } = await openPage(context, `${app.host.url}#/exercise/${ID}`)

    const run = page.getByRole('button', { name: 'Run', exact: true })
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Run' && !b.disabled), undefined, { timeout: 60_000 })
    await run.click()
    await page.getByRole('table').first().waitFor({ timeout: 30_000 })

    const editor = page.locator('.monaco-editor').first()
    await editor.waitFor({ state: 'visible', timeout: 60_000 })
    await editor.click()
    await page.evaluate((text) => navigator.clipboard.writeText(text), reference)
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.press('ControlOrMeta+V')
    await expect.poll(() => hidden.held(), { timeout: 30_000 }).toBeGreaterThan(0)
    hidden.release()
    expect(await submitAndWaitForVerdict(page, 60_000)).toMatch(/^Accepted/)
    expect(errors).toEqual([])
    await context.close()
  })
})
