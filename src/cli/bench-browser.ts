import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { buildFloorPages } from './browser/build-floors'
import { findChromium, launchChromium } from './browser/chromium'
import { serveStatic } from './browser/static-server'
import { median, round1, summary } from './bench-stats'

export interface BrowserFigures {
  editor_ready_ms: number
  sql_ready_ms: number
  python_ready_ms: number | null
  sql_verdict_ms: { p50: number; p95: number; n: number }
}

/** A figure next to the same work done by the bare library in the same run (see browser/floors/README.md). */
export interface Floor {
  floor_ms: number
  /** figure / floor: 1 is as fast as the library allows here. */
  ratio: number
}

/** Largest contentful paint and total blocking time (long-task time over 50 ms, after the first paint). */
export interface PageFigures {
  lcp_ms: number
  tbt_ms: number
}

export interface BrowserBench {
  browser: BrowserFigures
  floors: Record<string, Floor>
  pages: Record<string, PageFigures>
}

/** Which pages to load: one exercise of each kind (a kind left out is not measured). */
export interface BrowserPlan {
  sql: string
  python?: string
  model?: string
  product?: string
  runs?: number
  submits?: number
}

const APP = '/practice/app/'
const FLOORS = '/practice/floors/'

/**
 * Installed before any script of the page runs: collects largest-contentful-paint and long-task
 * entries as they come (the page's CSP does not apply to it).
 */
const OBSERVE_PAINT_AND_LONG_TASKS = `
  window.__bench = { lcp: 0, tasks: [] };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.lcp = e.renderTime || e.startTime })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.tasks.push([e.startTime, e.duration]) })
    .observe({ type: 'longtask', buffered: true });
`

/** When the app set performance mark `name`, in ms since navigation start; else now. */
function markOrNow(page: Page, name: string): Promise<number> {
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? performance.now(), name)
}

/** Waits until a button named `name` is enabled (Run once the sandbox is ready). */
function waitForEnabledButton(page: Page, name: string, timeout: number): Promise<unknown> {
  return page.waitForFunction(
    (label) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === label && !(b as HTMLButtonElement).disabled),
    name,
    { timeout, polling: 50 },
  )
}

/**
 * Once the page is ready: waits for a quiet second (no long task; at most 15 s), then reads LCP
 * and TBT the way Lighthouse counts it: each task's time past 50 ms, only the part after the
 * first contentful paint.
 */
async function readPageFigures(page: Page): Promise<PageFigures> {
  const deadline = Date.now() + 15_000
  for (;;) {
    const quietFor = await page.evaluate(() => {
      const tasks = (window as unknown as { __bench: { tasks: [number, number][] } }).__bench.tasks
      const lastEnd = tasks.reduce((end, [start, duration]) => Math.max(end, start + duration), 0)
      return performance.now() - lastEnd
    })
    if (quietFor >= 1000 || Date.now() > deadline) break
    await page.waitForTimeout(1000 - Math.min(quietFor, 900))
  }
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: { lcp: number; tasks: [number, number][] } }).__bench
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
    const tbt = bench.tasks.reduce((sum, [start, duration]) => {
      const end = start + duration
      if (end <= fcp) return sum
      return sum + Math.max(0, end - Math.max(start, fcp) - 50)
    }, 0)
    return { lcp_ms: Math.round(bench.lcp), tbt_ms: Math.round(tbt) }
  })
}

async function coldPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options)
  await context.addInitScript(OBSERVE_PAINT_AND_LONG_TASKS)
  return { context, page: await context.newPage() }
}

/** One cold load of a floor page: ms from navigation start to its `floor:ready` mark. */
async function measureFloor(browser: Browser, url: string, timeout: number): Promise<number> {
  const { context, page } = await coldPage(browser)
  try {
    await page.goto(url)
    await page.waitForFunction(() => performance.getEntriesByName('floor:ready').length > 0, undefined, { timeout, polling: 50 })
    const failed = await page.evaluate(() => document.getElementById('out')?.textContent?.includes('"error"') ?? false)
    if (failed) throw new Error(`bench: the floor page ${url} failed: ${await page.textContent('#out')}`)
    return await markOrNow(page, 'floor:ready')
  } finally {
    await context.close()
  }
}

/** Times `submits` Submits (after one that also prepares the reference and known-wrong answers). */
async function measureSubmits(page: Page, exercise: string, submits: number): Promise<number[]> {
  const reference = readFileSync(resolve(`src/scenarios/${exercise}.sql`), 'utf8')
  await page.locator('.monaco-editor').first().click()
  await page.evaluate((text) => navigator.clipboard.writeText(text), reference)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('ControlOrMeta+V')
  const verdicts: number[] = []
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
  return verdicts
}

/** Medians of each page's runs. */
function medianPages(runs: Record<string, PageFigures[]>): Record<string, PageFigures> {
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [name, { lcp_ms: Math.round(median(list.map((f) => f.lcp_ms))), tbt_ms: Math.round(median(list.map((f) => f.tbt_ms))) }]),
  )
}

const floorOf = (figure: number | null, floors: number[]): Floor | null =>
  figure === null || floors.length === 0 ? null : { floor_ms: round1(median(floors)), ratio: Math.round((figure / median(floors)) * 100) / 100 }

/**
 * Cold loads of the built app in headless Chromium from a plain static host, each in a fresh
 * browser context (empty cache and storage), interleaved with the bare floor pages so both see
 * the same machine. Times are read inside the page from navigation start, so they include HTML,
 * JS, the Monaco chunk and the datasets. `log` hears progress.
 */
export async function measureBrowser(plan: BrowserPlan, log: (line: string) => void = () => undefined): Promise<BrowserBench | null> {
  if (!findChromium() || !existsSync(resolve('dist/index.html'))) return null
  const runs = plan.runs ?? 5
  const submits = plan.submits ?? 10
  log('building the floor pages')
  const floorPages = await buildFloorPages()
  const host = await serveStatic(resolve('dist'), APP, { [FLOORS]: floorPages.dir })
  const origin = host.url.slice(0, -APP.length)
  const app = (hash: string) => `${host.url}#${hash}`
  const scenarioOf = (exercise: string) => exercise.split('/')[0]
  const floorUrl = {
    editor: `${origin}${FLOORS}editor.html`,
    sql: `${origin}${FLOORS}sql.html?image=${encodeURIComponent(`${APP}datasets/${scenarioOf(plan.sql)}/visible.sqlite`)}`,
    python: `${origin}${FLOORS}python.html?index=${encodeURIComponent(`${APP}pyodide/`)}`,
  }
  const browser = await launchChromium()
  const editorReady: number[] = []
  const sqlReady: number[] = []
  const pythonReady: number[] = []
  const floors = { editor: [] as number[], sql: [] as number[], python: [] as number[] }
  const pages: Record<string, PageFigures[]> = {}
  const addPage = (name: string, figures: PageFigures) => (pages[name] ??= []).push(figures)
  let verdicts: number[] = []
  try {
    for (let run = 0; run < runs; run++) {
      log(`cold run ${run + 1} of ${runs}: ${plan.sql}, editor floor, SQL floor`)
      const { context, page } = await coldPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] })
      await page.goto(app(`/exercise/${plan.sql}`))
      // Editable = Monaco has mounted (the app marks `editor:mounted` in its onMount); the
      // mark, not the moment Playwright notices, since polling lags while the page is busy.
      await page.waitForSelector('.monaco-editor textarea', { timeout: 30_000 })
      editorReady.push(await markOrNow(page, 'editor:mounted'))
      await waitForEnabledButton(page, 'Run', 30_000)
      sqlReady.push(await markOrNow(page, 'sql:ready'))
      addPage('sql', await readPageFigures(page))
      if (run === 0) verdicts = await measureSubmits(page, plan.sql, submits)
      await context.close()
      floors.editor.push(await measureFloor(browser, floorUrl.editor, 30_000))
      floors.sql.push(await measureFloor(browser, floorUrl.sql, 30_000))
    }
    const others = [
      { name: 'home', hash: '/', ready: (page: Page) => page.waitForSelector('main a[href*="#/scenario/"]', { timeout: 30_000 }) },
      plan.model && { name: 'model', hash: `/exercise/${plan.model}`, ready: (page: Page) => waitForEnabledButton(page, 'Run', 30_000) },
      plan.product && { name: 'product', hash: `/exercise/${plan.product}`, ready: (page: Page) => waitForEnabledButton(page, 'Submit', 30_000) },
    ].filter((entry) => !!entry)
    const pageRuns = Math.min(runs, 3)
    for (let run = 0; run < pageRuns; run++) {
      for (const { name, hash, ready } of others) {
        log(`cold run ${run + 1} of ${pageRuns}: ${name} page`)
        const { context, page } = await coldPage(browser)
        await page.goto(app(hash))
        await ready(page)
        addPage(name, await readPageFigures(page))
        await context.close()
      }
      if (plan.python) {
        log(`cold run ${run + 1} of ${pageRuns}: ${plan.python}, Python floor`)
        const { context, page } = await coldPage(browser)
        await page.goto(app(`/exercise/${plan.python}`))
        await waitForEnabledButton(page, 'Run', 90_000)
        pythonReady.push(await page.evaluate(() => performance.now()))
        addPage('python', await readPageFigures(page))
        await context.close()
        floors.python.push(await measureFloor(browser, floorUrl.python, 90_000))
      }
    }
  } finally {
    await browser.close()
    await host.close()
    floorPages.dispose()
  }
  const figures: BrowserFigures = {
    editor_ready_ms: round1(median(editorReady)),
    sql_ready_ms: round1(median(sqlReady)),
    python_ready_ms: pythonReady.length > 0 ? round1(median(pythonReady)) : null,
    sql_verdict_ms: summary(verdicts),
  }
  const floorFigures = Object.entries({
    editor_ready_ms: floorOf(figures.editor_ready_ms, floors.editor),
    sql_ready_ms: floorOf(figures.sql_ready_ms, floors.sql),
    python_ready_ms: floorOf(figures.python_ready_ms, floors.python),
  }).filter((entry): entry is [string, Floor] => entry[1] !== null)
  return { browser: figures, floors: Object.fromEntries(floorFigures), pages: medianPages(pages) }
}
