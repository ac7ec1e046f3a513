import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { findChromium, launchChromium } from './browser/chromium'
import { serveStatic } from './browser/static-server'
import { median, round1, summary } from './bench-stats'

export interface BrowserFigures {
  editor_ready_ms: number
  sql_ready_ms: number
  python_ready_ms: number | null
  sql_verdict_ms: { p50: number; p95: number; n: number }
}

const EXERCISE = 'feed-engagement/sql-dau-mau-ratio'

/**
 * Cold loads of the built app in headless Chromium from a plain static host, each in a
 * fresh browser context (empty cache and storage). Times are read inside the page from
 * navigation start, so they include HTML, JS, the Monaco chunk and the datasets.
 */
/** When the app set performance mark `name`, in ms since navigation start; else now. */
function markOrNow(page: Page, name: string): Promise<number> {
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? performance.now(), name)
}

/** Median cold load of a Python exercise page until Run is enabled (Pyodide started). */
async function measurePythonReady(browser: Browser, url: string, runs: number): Promise<number | null> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(url)
    await page.waitForFunction(
      () => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Run' && !(b as HTMLButtonElement).disabled),
      undefined,
      { timeout: 90_000 },
    )
    times.push(await page.evaluate(() => performance.now()))
    await context.close()
  }
  return times.length > 0 ? round1(median(times)) : null
}

export async function measureBrowser(runs = 5, submits = 10, pythonExercise?: string): Promise<BrowserFigures | null> {
  if (!findChromium() || !existsSync(resolve('dist/index.html'))) return null
  const host = await serveStatic(resolve('dist'))
  const browser = await launchChromium()
  const editorReady: number[] = []
  const sqlReady: number[] = []
  const verdicts: number[] = []
  let pythonReady: number | null = null
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
      const page = await context.newPage()
      await page.goto(`${host.url}#/exercise/${EXERCISE}`)
      // Editable = Monaco has mounted (the app marks `editor:mounted` in its onMount); the
      // mark, not the moment Playwright notices, since polling lags while the page is busy.
      await page.waitForSelector('.monaco-editor textarea', { timeout: 30_000 })
      editorReady.push(await markOrNow(page, 'editor:mounted'))
      await page.waitForFunction(
        () => {
          const run = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Run')
          return run !== undefined && !(run as HTMLButtonElement).disabled
        },
        undefined,
        { timeout: 30_000 },
      )
      sqlReady.push(await markOrNow(page, 'datasets:loaded'))
      if (run === 0) {
        const reference = readFileSync(resolve(`src/scenarios/${EXERCISE}.sql`), 'utf8')
        await page.locator('.monaco-editor').first().click()
        await page.evaluate((text) => navigator.clipboard.writeText(text), reference)
        await page.keyboard.press('ControlOrMeta+A')
        await page.keyboard.press('ControlOrMeta+V')
        for (let i = 0; i < submits + 1; i++) {
          const ms = await page.evaluate(
            () =>
              new Promise<number>((resolveVerdict) => {
                const submit = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Submit')!
                let cleared = false
                const started = performance.now()
                const observer = new MutationObserver(() => {
                  const text = [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '').find((t) => /^(Accepted|Rejected)/.test(t))
                  if (!text) cleared = true
                  else if (cleared) {
                    observer.disconnect()
                    resolveVerdict(performance.now() - started)
                  }
                })
                observer.observe(document.body, { subtree: true, childList: true, characterData: true })
                submit.click()
              }),
          )
          if (i > 0) verdicts.push(ms) // the first Submit also runs the reference and known-wrong answers once
        }
      }
      await context.close()
    }
    if (pythonExercise) pythonReady = await measurePythonReady(browser, `${host.url}#/exercise/${pythonExercise}`, 3)
  } finally {
    await browser.close()
    await host.close()
  }
  return {
    editor_ready_ms: round1(median(editorReady)),
    sql_ready_ms: round1(median(sqlReady)),
    python_ready_ms: pythonReady,
    sql_verdict_ms: summary(verdicts),
  }
}
