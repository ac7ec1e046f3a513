import { createElement } from 'react'
import ReactMarkdown, { type Components } from 'react-markdown'
import remarkGfm from 'remark-gfm'

type Level = 1 | 2 | 3 | 4 | 5 | 6

/** Markdown headings sit below the page's own h1 and the section's h2: `#` renders as h3. */
const HEADING_OFFSET = 2

const shifted = (level: Level): Components[`h${Level}`] =>
  function Heading({ node: _node, ...props }) {
    return createElement(`h${Math.min(6, level + HEADING_OFFSET)}`, props)
  }

const components: Components = {
  h1: shifted(1),
  h2: shifted(2),
  h3: shifted(3),
  h4: shifted(4),
  h5: shifted(5),
  h6: shifted(6),
  // A code block scrolls sideways when its lines are long: it must take focus, or keyboard
  // users cannot scroll it (axe: scrollable-region-focusable).
  pre: function Pre({ node: _node, ...props }) {
    return <pre tabIndex={0} {...props} />
  },
}

/**
 * Renders scenario Markdown safely: react-markdown builds React elements (no innerHTML),
 * raw HTML in the source is dropped (skipHtml, no rehype-raw), and unsafe URLs are removed
 * by its default urlTransform.
 */
export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={className ? `markdown ${className}` : 'markdown'}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
        {children}
      </ReactMarkdown>
    </div>
  )
}
