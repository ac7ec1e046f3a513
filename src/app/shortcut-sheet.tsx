import { useCallback, useEffect, useRef, useState } from 'react'

/** The contract's shortcuts, and the sheet's own. */
const SHORTCUTS: Array<{ keys: string[]; what: string }> = [
  { keys: ['Ctrl', 'Enter'], what: 'Run the answer (Cmd+Enter on a Mac)' },
  { keys: ['Ctrl', 'Shift', 'Enter'], what: 'Submit the answer for grading (Cmd+Shift+Enter on a Mac)' },
  { keys: ['?'], what: 'Show this list of shortcuts' },
  { keys: ['Esc'], what: 'Close this list' },
]

/** Typing a `?` into an answer or a note must stay a question mark. */
const isTyping = (target: EventTarget | null): boolean =>
  target instanceof Element && (target.closest('input, textarea, select, [contenteditable="true"], .monaco-editor') !== null)

/** Opens on `?` (or from the header's button): a modal dialog listing the keyboard shortcuts. */
export function useShortcutSheet(): { open: boolean; show: () => void; hide: () => void } {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      event.preventDefault()
      setOpen(true)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
  const show = useCallback(() => setOpen(true), [])
  const hide = useCallback(() => setOpen(false), [])
  return { open, show, hide }
}

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const closeButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    // Focus goes into the dialog, and back where it was when it closes.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    closeButton.current?.focus()
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        onClose()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      before?.focus()
    }
  }, [onClose])
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" className="dialog card" onClick={(event) => event.stopPropagation()}>
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <table className="shortcut-table">
          <caption className="visually-hidden">Keyboard shortcuts</caption>
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.what}>
                <td>
                  {shortcut.keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && '+'}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
                <td>{shortcut.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={closeButton} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  )
}
