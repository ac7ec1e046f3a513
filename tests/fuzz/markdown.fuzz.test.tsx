/**
 * The statement renderer (ui/markdown.tsx), fuzzed: whatever Markdown a scenario holds, it
 * never renders raw HTML (no script, iframe, event handler or javascript: link reaches the DOM).
 */
import { cleanup, render } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Markdown } from '../../src/ui/markdown'

const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://example.com"></iframe>',
  '[click](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '<a href="javascript:alert(1)">a</a>',
  '<div onclick="alert(1)">d</div>',
  '<svg onload=alert(1)>',
  '<style>body{display:none}</style>',
)
const markdownish = fc
  .array(fc.oneof(hostile, fc.constantFrom('# ', '- ', '| a | b |\n|---|---|\n| 1 | 2 |\n', '```\n', '**x**', '\n\n', '> q\n'), fc.string({ maxLength: 10 })), { maxLength: 25 })
  .map((parts) => parts.join(''))

describe('Markdown, fuzzed', () => {
  it('never renders raw HTML, event handlers or javascript: URLs', () =>
    fc.assert(
      fc.property(markdownish, (source) => {
        const { container } = render(<Markdown>{source}</Markdown>)
        try {
          expect(container.querySelector('script, iframe, style, svg, img[onerror], [onclick], [onload]')).toBeNull()
          for (const el of container.querySelectorAll('[href], [src]')) {
            const url = el.getAttribute('href') ?? el.getAttribute('src') ?? ''
            expect(url.trim().toLowerCase().startsWith('javascript:')).toBe(false)
          }
        } finally {
          cleanup()
        }
      }),
      { seed: 20240630, numRuns: 300 },
    ))
})
