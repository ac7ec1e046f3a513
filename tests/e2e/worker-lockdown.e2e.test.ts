/**
 * On a plain static host (no headers, so no Content-Security-Policy reaches the workers), a
 * Python answer that digs past the interpreter's seal to run JavaScript in its worker (the route
 * of tests/hostile/answers/ffi-dig.py) finds the worker's network and storage gone: the workers
 * lock themselves down once sql.js or Pyodide has loaded (src/workers/lockdown.ts). The answer
 * prints what it found, which the feedback shows; no request it tries reaches the server.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, pasteAnswer, startApp, submitAndWaitForVerdict, type AppUnderTest } from './app'

const pythonHash = '#/exercise/reels-sessions/py-event-parser'
const correct = readFileSync('src/scenarios/reels-sessions/py-event-parser.alt/step_by_step.py', 'utf8')
const MARK = 'leak-7c1e'

// Every way out a worker has, tried from JavaScript reached through the FFI. Each line says
// "closed" (absent or throwing) or "OPEN".
const probe = `
const out = []
const attempt = (name, f) => {
  try {
    const r = f()
    if (r && typeof r.catch === 'function') r.catch(() => undefined)
    out.push(name + ' ' + (r === undefined ? 'closed' : 'OPEN'))
  } catch (e) {
    out.push(name + ' closed')
  }
}
const g = globalThis
attempt('fetch', () => g.fetch('${MARK}-fetch'))
attempt('proto-fetch', () => Object.getPrototypeOf(g).fetch.call(g, '${MARK}-proto'))
attempt('xhr', () => { const x = new g.XMLHttpRequest(); x.open('GET', '${MARK}-xhr'); x.send(); return x })
attempt('websocket', () => new g.WebSocket('ws://' + g.location.host + '/${MARK}-ws'))
attempt('eventsource', () => new g.EventSource('${MARK}-sse'))
attempt('importScripts', () => { g.importScripts('${MARK}-import.js'); return 1 })
attempt('indexedDB', () => g.indexedDB.open('${MARK}'))
attempt('caches', () => g.caches.keys())
attempt('worker', () => new g.Worker('${MARK}-worker.js'))
attempt('broadcast', () => new g.BroadcastChannel('${MARK}'))
attempt('restore', () => { g.fetch = 1; return g.fetch === 1 ? 1 : undefined })
return out.join(', ')
`

const escape = `import importlib.machinery as machinery

found = []
try:
    core = machinery.BuiltinImporter.create_module(machinery.ModuleSpec("_pyodide_core", None))
    js_function = core.to_js([1]).constructor.constructor
    found.append(str(js_function(${JSON.stringify(probe)})()))
except Exception as error:
    found.append("dig failed: " + type(error).__name__)
print("PROBE", found)


def parse_event(event_json):
    return None
`

describe('workers lock themselves down (Chromium, built app on a plain static host)', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('JavaScript reached from a Python answer finds no network or storage in its worker; Python still grades', async () => {
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const leaked: string[] = []
    context.on('request', (request) => {
      if (request.url().includes(MARK)) leaked.push(request.url())
    })
    const { page, errors } = await openPage(context, app.host.url + pythonHash)
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Run' && !b.disabled), undefined, {
      timeout: 180_000,
    })
    await pasteAnswer(page, escape)
    const verdict = await submitAndWaitForVerdict(page, 120_000)
    expect(verdict).toMatch(/^Rejected/)
    const printed = verdict.match(/PROBE \[(.*?)\]/)?.[1] ?? ''
    console.info(`what the escaped code found: ${printed}`)
    // The dig itself still works in a browser (wall 1 is best effort); what it reaches is closed.
    expect(printed).toContain('fetch closed')
    for (const name of ['fetch', 'proto-fetch', 'xhr', 'websocket', 'eventsource', 'importScripts', 'indexedDB', 'caches', 'worker', 'broadcast', 'restore']) {
      expect(printed, name).toContain(`${name} closed`)
    }
    expect(printed).not.toContain('OPEN')
    // Nothing the answer tried left the worker (give late requests a moment by grading once more).
    await pasteAnswer(page, correct)
    expect(await submitAndWaitForVerdict(page, 120_000)).toMatch(/^Accepted/)
    expect(leaked).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  }, 600_000)
})
