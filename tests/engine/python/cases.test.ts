import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildSubmitCases } from '../../../src/engine/python/exercises'
import { PYTHON_GRADINGS, getPythonGrading } from '../../support/python-gradings'

const IDS = [
  'feed-engagement/py-engagement-processor',
  'feed-engagement/py-anomaly-detector',
  'reels-sessions/py-event-parser',
  'reels-sessions/py-rolling-metrics',
  'reels-sessions/py-viral-detector',
  'ads-attribution/py-attribution-calculator',
  'pymk/py-recommendations',
  'pymk/py-friend-of-friend',
]

describe('Python exercise registry', () => {
  // Contains, not equals: a mentor's new scenario (npm run new-scenario) adds exercises of its own.
  it('includes the eight contract exercises', () => expect(Object.keys(PYTHON_GRADINGS)).toEqual(expect.arrayContaining(IDS)))

  for (const id of IDS) {
    describe(id, () => {
      const ex = PYTHON_GRADINGS[id]
      it('has 3-5 visible cases, hidden cases, unique ids and starter code defining its names', () => {
        expect(ex.cases.visible.length).toBeGreaterThanOrEqual(3)
        expect(ex.cases.visible.length).toBeLessThanOrEqual(5)
        expect(ex.cases.hidden.length).toBeGreaterThanOrEqual(5)
        const all = buildSubmitCases(getPythonGrading(id), 7, 10)
        expect(new Set(all.map((c) => c.id)).size).toBe(all.length)
        for (const name of ex.functionNames) expect(ex.starterCode).toMatch(new RegExp(`^(def|class) ${name}\\b`, 'm'))
      })
      it('generates the same random cases for the same seed, and others for another seed', () => {
        expect(ex.cases.random(11, 15)).toEqual(ex.cases.random(11, 15))
        expect(ex.cases.random(11, 15)).not.toEqual(ex.cases.random(12, 15))
        expect(ex.cases.random(11, 15).map((c) => c.visibility)).toEqual(Array(15).fill('random'))
      })
      it('the reference runs every case without raising', () => {
        for (const c of buildSubmitCases(getPythonGrading(id), 3, 60)) {
          const out = ex.reference(c.steps)
          expect(out.length, c.id).toBe(c.steps.length)
          expect(out.filter((o) => !o.ok), c.id).toEqual([])
        }
      })
    })
  }

  it('random cases exercise both outcomes (not all empty results)', () => {
    const viral = PYTHON_GRADINGS['reels-sessions/py-viral-detector']
    const results = viral.cases.random(5, 40).map((c) => viral.reference(c.steps)[0])
    expect(results.some((o) => o.ok && Array.isArray(o.value) && o.value.length > 0)).toBe(true)
    expect(results.some((o) => o.ok && Array.isArray(o.value) && o.value.length === 0)).toBe(true)
  })
})

describe('engine purity', () => {
  it('src/engine/python imports no DOM, React, worker, Pyodide or node: modules', () => {
    const root = join(import.meta.dirname, '../../../src/engine/python')
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name)
        if (statSync(p).isDirectory()) walk(p)
        else if (p.endsWith('.ts')) files.push(p)
      }
    }
    walk(root)
    const forbidden = /from ['"](react|react-dom|zustand|pyodide|sql\.js|node:[^'"]+|fs|path|worker_threads)['"]|\b(document|window|Worker|fetch)\s*[.(]/
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(forbidden)
  })
})
