import { describe, expect, it } from 'vitest'
import { readSecondsPerPart } from '../../src/app/test-hooks'
import { mockHomeHref, mockHref, mockReportHref, parseRoute } from '../../src/ui/router'

describe('the mock interview routes', () => {
  it('reads the mock page, a scope and a report, and writes the same addresses back', () => {
    expect(parseRoute(mockHomeHref())).toEqual({ name: 'mock-home' })
    expect(parseRoute(mockHref('feed-engagement'))).toEqual({ name: 'mock', scope: 'feed-engagement' })
    expect(parseRoute(mockHref('mixed'))).toEqual({ name: 'mock', scope: 'mixed' })
    expect(parseRoute(mockReportHref('mixed', 'm1k2x9ab'))).toEqual({ name: 'mock-report', scope: 'mixed', loopId: 'm1k2x9ab' })
    expect(parseRoute('#/mock/pymk/report')).toEqual({ name: 'not-found', path: '#/mock/pymk/report' })
  })

  it('takes the test timer only as a whole number of seconds from 1 to 3600', () => {
    expect(readSecondsPerPart('?seconds-per-part=5')).toBe(5)
    expect(readSecondsPerPart('')).toBeUndefined()
    expect(readSecondsPerPart('?seconds-per-part=0')).toBeUndefined()
    expect(readSecondsPerPart('?seconds-per-part=2.5')).toBeUndefined()
    expect(readSecondsPerPart('?seconds-per-part=soon')).toBeUndefined()
    expect(readSecondsPerPart('?seconds-per-part=9999')).toBeUndefined()
  })
})
