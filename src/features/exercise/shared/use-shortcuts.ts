import { useEffect, useRef } from 'react'

/**
 * Ctrl/Cmd+Enter runs, Ctrl/Cmd+Shift+Enter submits, anywhere on the page. Monaco binds the
 * same keys itself (editor actions) and consumes them, so keys typed inside the editor are
 * skipped here: one press never triggers twice.
 */
export function useShortcuts(onRun: () => void, onSubmit: () => void): void {
  const handlers = useRef({ onRun, onSubmit })
  handlers.current = { onRun, onSubmit }

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey) return
      if (event.defaultPrevented) return
      if (event.target instanceof Element && event.target.closest('.monaco-editor')) return
      event.preventDefault()
      if (event.shiftKey) handlers.current.onSubmit()
      else handlers.current.onRun()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
