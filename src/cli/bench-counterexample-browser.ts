/**
 * The counterexample figures of issue 13 in Chromium: every known-wrong SQL answer is pasted
 * into its exercise page of the built app and submitted; the time runs from the verdict to the
 * small example on the page (the search runs in the SQL worker after the verdict), and the
 * example's size is read from the page ("3 input rows from the visible dataset").
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { Scenario } from '../scenarios/types'
import { findChromium, launchChromium } from './browser/chromium'
import { serveStatic } from './browser/static-server'
import { median, round1, summary } from './bench-stats'

export interface BrowserCounterexampleFigures {
  ms: { p50: number; p95: number; n: number }
  rows: { median: number; max: number; share_at_most_5: number; not_found: number }
}

interface Shown {
  /** From the verdict on the page to the example (or its "No small example") on the page. */
  ms: number
  rows: number | null
}

/**
 * Null without Chromium or a build (`npm run build`). `searched` names the answers (`<exercise
 * id> <name>`) whose grade has differing rows, so a search starts after the verdict; the others
 * (a wrong column list, say) show no example, in Node as on the page, and are not timed.
 */
export async function measureBrowserCounterexamples(scenarios: Scenario[], searched: ReadonlySet<string>, log: (line: string) => void): Promise<BrowserCounterexampleFigures | null> {
  if (!findChromium() || !existsSync(resolve('dist/index.html'))) return null
  const host = await serveStatic(resolve('dist'))
  const browser = await launchChromium()
  const times: number[] = []
  const sizes: number[] = []
  let notFound = 0
  let total = 0
  try {
    for (const scenario of scenarios) {
      for (const exercise of scenario.exercises) {
        if (exercise.kind !== 'sql') continue
        const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
        const page = await context.newPage()
        await page.goto(`${host.url}#/exercise/${exercise.id}`)
        await page.waitForSelector('.monaco-editor textarea', { timeout: 120_000 })
        for (const wrong of await exercise.loadWrongAnswers()) {
          if (!searched.has(`${exercise.id} ${wrong.name}`)) continue
          await paste(page, wrong.sql)
          const shown = await submitAndWaitForExample(page)
          total++
          times.push(shown.ms)
          if (shown.rows === null) notFound++
          else sizes.push(shown.rows)
          log(`  chromium ${exercise.id} ${wrong.name}: ${shown.rows === null ? 'none' : `${shown.rows} rows`} ${shown.ms.toFixed(0)} ms after the verdict`)
        }
        await context.close()
      }
    }
  } finally {
    await browser.close()
    await host.close()
  }
  return {
    ms: summary(times),
    rows: {
      median: median(sizes),
      max: Math.max(...sizes),
      share_at_most_5: round1((100 * sizes.filter((s) => s <= 5).length) / Math.max(total, 1)),
      not_found: notFound,
    },
  }
}

async function paste(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor').first().click({ timeout: 120_000 })
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('ControlOrMeta+V')
}

/**
 * Clicks Submit and watches the page: the old verdict leaves ("Grading…"), a new one arrives,
 * then the example section settles on an example or on "No small example". Times are taken
 * inside the page by a MutationObserver, so polling lag does not count.
 */
function submitAndWaitForExample(page: Page): Promise<Shown> {
  return page.evaluate(
    () =>
      new Promise<Shown>((done, fail) => {
        const submit = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Submit')
        if (!submit) return fail(new Error('no Submit button'))
        let cleared = false
        let verdictAt: number | undefined
        const verdict = () => [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '').find((t) => /^(Accepted|Rejected)/.test(t))
        const check = () => {
          const text = verdict()
          if (!text) cleared = true
          else if (cleared && verdictAt === undefined) {
            verdictAt = performance.now()
            if (text.startsWith('Accepted')) return fail(new Error('a known-wrong answer was accepted'))
          }
          if (verdictAt === undefined) return
          const example = document.querySelector('.counterexample')?.textContent ?? ''
          const size = /(\d+) input rows? from the/.exec(example)
          if (size) finish({ ms: performance.now() - verdictAt, rows: Number(size[1]) })
          else if (example.includes('No small example')) finish({ ms: performance.now() - verdictAt, rows: null })
        }
        const observer = new MutationObserver(check)
        const timer = setTimeout(() => fail(new Error('no verdict or example within 5 minutes')), 300_000)
        function finish(shown: Shown) {
          observer.disconnect()
          clearTimeout(timer)
          done(shown)
        }
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        submit.click()
      }),
  )
}
