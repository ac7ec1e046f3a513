/**
 * What a first visit downloads. The home page's JavaScript (the entry script and its
 * modulepreloads) must hold neither the known-wrong answers (they load with the graders, in
 * known-wrong-*.js) nor the seeded generators (Node only, through src/scenarios/data-registry.ts).
 * Then, in Chromium: the home page fetches no known-wrong chunk, and an exercise page fetches
 * one and names the mistake of a known-wrong answer.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, pasteAnswer, startApp, submitAndWaitForVerdict, type AppUnderTest } from './app'

const dist = resolve('dist')
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const initialScripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1])
const initialJs = initialScripts.map((src) => readFileSync(join(dist, src), 'utf8')).join('\n')
const knownWrongChunks = readdirSync(join(dist, 'assets')).filter((f) => /^known-wrong-.*\.js$/.test(f))
const knownWrongJs = knownWrongChunks.map((f) => readFileSync(join(dist, 'assets', f), 'utf8')).join('\n')

/** Every known-wrong answer's `mistake:` sentence, from the scenario folders. */
const mistakes = readdirSync('src/scenarios', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join('src/scenarios', d.name))
      .filter((f) => f.endsWith('.wrong'))
      .flatMap((w) => readdirSync(join('src/scenarios', d.name, w)).map((f) => join('src/scenarios', d.name, w, f))),
  )
  .map((path) => ({ path, mistake: readFileSync(path, 'utf8').match(/^\s*(?:--|#)\s*mistake:\s*(.+)$/m)?.[1].trim() ?? '' }))

describe('the initial JavaScript of the built app', () => {
  it('holds no known-wrong answer: each is in a known-wrong chunk instead', () => {
    expect(initialScripts.length).toBeGreaterThan(0)
    expect(mistakes.length).toBeGreaterThan(100)
    expect(knownWrongChunks.length).toBeGreaterThan(0)
    for (const { path, mistake } of mistakes) {
      expect(mistake, path).not.toBe('')
      expect(initialJs.includes(mistake), `${path} is in the initial JS`).toBe(false)
      expect(knownWrongJs.includes(mistake), `${path} is not in a known-wrong chunk`).toBe(true)
    }
  })

  it('holds no dataset generator (every generator forks its seeded random stream)', () => {
    expect(initialJs).not.toContain('.fork(')
  })

  it('holds neither the product-sense rubrics nor the data-model specs (they load with their pages)', async () => {
    const { default: feedEngagementRubric } = await import('../../src/scenarios/feed-engagement/product-sense.rubric')
    const { default: feedEngagementModel } = await import('../../src/scenarios/feed-engagement/data-model.spec')
    expect(initialJs).not.toContain(feedEngagementRubric.criteria[0].anchors.strong.slice(0, 60))
    const synonym = feedEngagementModel.synonyms.posts_viewed.find((name) => name === 'feed_posts_viewed')
    expect(synonym).toBeDefined()
    expect(initialJs).not.toContain(synonym)
  })
})

describe('known-wrong answers in Chromium', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('are not fetched by the home page, and are fetched by an exercise page that names their mistake', async () => {
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const fetched: string[] = []
    context.on('request', (request) => fetched.push(request.url()))
    const { page, errors } = await openPage(context, app.host.url)
    await page.getByRole('link', { name: 'News Feed engagement (DAU/MAU)', exact: true }).waitFor({ timeout: 60_000 })
    expect(fetched.filter((url) => url.includes('known-wrong-'))).toEqual([])

    const folder = 'src/scenarios/feed-engagement/sql-dau-mau-ratio.wrong'
    const wrong = readFileSync(join(folder, readdirSync(folder).sort()[0]), 'utf8')
    const mistake = wrong.match(/^--\s*mistake:\s*(.+)$/m)![1].trim()
    await page.goto(app.host.url + '#/exercise/feed-engagement/sql-dau-mau-ratio')
    await pasteAnswer(page, wrong)
    expect(await submitAndWaitForVerdict(page)).toMatch(/^Rejected/)
    await expect(page.getByText(mistake, { exact: false }).count()).resolves.toBeGreaterThan(0)
    expect(fetched.filter((url) => url.includes('known-wrong-')).length).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await context.close()
  })
})
