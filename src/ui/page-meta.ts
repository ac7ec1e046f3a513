import { useEffect, useRef } from 'react'
import { navigationCount } from './router'

export const PRODUCT_NAME = 'Data Engineering Interview Trainer'

/**
 * Sets `document.title` and, after a navigation, moves focus to the page heading so
 * screen-reader and keyboard users start reading the new page at its top.
 * Give the returned ref to the page's `<h1 tabIndex={-1}>`.
 */
export function usePageMeta(title: string): React.RefObject<HTMLHeadingElement | null> {
  const heading = useRef<HTMLHeadingElement | null>(null)
  useEffect(() => {
    document.title = title ? `${title} · ${PRODUCT_NAME}` : PRODUCT_NAME
  }, [title])
  useEffect(() => {
    if (navigationCount() > 0) {
      // Focusing the heading also scrolls the new page's top into view.
      heading.current?.focus()
    }
  }, [title])
  return heading
}
