import { resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium } from '../../src/cli/browser/chromium'
import { serveStatic, type StaticHost } from '../../src/cli/browser/static-server'

/** The built app (dist/) on a plain static host under a sub-path, and a fresh browser. */
export interface AppUnderTest {
  host: StaticHost
  browser: Browser
  close(): Promise<void>
}

export async function startApp(): Promise<AppUnderTest> {
  const host = await serveStatic(resolve('dist'))
  const browser = await launchChromium()
  // Clicks and waits give up after 2 minutes, not Playwright's 30 s: on a busy 2-core machine a
  // Pyodide restart or Monaco's first evaluation can hold a button disabled that long. Tests
  // still wait for what they need; this only moves when a real hang is reported.
  const newContext = browser.newContext.bind(browser)
  browser.newContext = async (options) => {
    const context = await newContext(options)
    context.setDefaultTimeout(120_000)
    return context
  }
  return {
    host,
    browser,
    async close() {
      await browser.close()
      await host.close()
    },
  }
}

/** A page that records uncaught errors, so a test can assert there were none. */
export async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(url)
  return { page, errors }
}

/** Replaces the editor's text the way a person does: select all, paste from the clipboard. */
export async function pasteAnswer(page: Page, text: string): Promise<void> {
  const editor = page.locator('.monaco-editor').first()
  await editor.waitFor({ state: 'visible', timeout: 60_000 }) // Monaco comes after the first paint; a busy machine takes a while
  await editor.click()
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('ControlOrMeta+V')
}

/**
 * Presses a button (Submit by default) and waits for a fresh verdict: the status must
 * first leave its old verdict (the app shows "Grading…" while it works), then show a new one.
 */
export async function submitAndWaitForVerdict(page: Page, timeout = 30_000, button = 'Submit'): Promise<string> {
  await page.evaluate(() => {
    const w = window as unknown as { __verdictCleared?: boolean; __verdictObserver?: MutationObserver }
    w.__verdictCleared = false
    w.__verdictObserver?.disconnect()
    const isVerdict = () =>
      [...document.querySelectorAll('[role="status"]')].some((e) => /^(Accepted|Rejected)/.test(e.textContent ?? ''))
    w.__verdictObserver = new MutationObserver(() => {
      if (!isVerdict()) w.__verdictCleared = true
    })
    w.__verdictObserver.observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  await page.getByRole('button', { name: button, exact: true }).click()
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __verdictCleared?: boolean }
      const el = [...document.querySelectorAll('[role="status"]')].find((e) => /^(Accepted|Rejected)/.test(e.textContent ?? ''))
      return w.__verdictCleared && el !== undefined
    },
    undefined,
    { timeout },
  )
  const text = await page.evaluate(
    () => [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '').find((t) => /^(Accepted|Rejected)/.test(t)) ?? '',
  )
  return text
}
