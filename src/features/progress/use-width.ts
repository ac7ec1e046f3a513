import { useEffect, useRef, useState, type RefObject } from 'react'

/**
 * The rendered width of an element, in CSS pixels, kept current as it resizes. The charts draw
 * in that many units, so their text stays at its real size instead of scaling with the card.
 */
export function useWidth<E extends HTMLElement>(fallback: number): [RefObject<E | null>, number] {
  const ref = useRef<E>(null)
  const [width, setWidth] = useState(fallback)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width)
      if (measured > 0) setWidth(measured)
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}

/** Cuts `text` to about `width` pixels of `fontPx` text (an average glyph is about 0.55em wide), with an ellipsis. */
export function fitText(text: string, width: number, fontPx: number): string {
  const chars = Math.max(8, Math.floor(width / (fontPx * 0.55)))
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`
}
