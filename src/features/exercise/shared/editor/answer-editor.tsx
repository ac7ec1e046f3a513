import { Component, useEffect, useRef, useState, type ReactNode } from 'react'
import type { AnswerEditorProps, EditorHandoff } from './editor-props'
import { PlainAnswer } from './plain-answer'

type MonacoModule = typeof import('./monaco-answer')
let monacoModule: MonacoModule | undefined
let monacoLoading: Promise<MonacoModule> | undefined

/** Loads and evaluates Monaco (once). */
export const preloadMonaco = (): Promise<MonacoModule> => {
  monacoLoading ??= import('./monaco-answer').then((module) => (monacoModule = module))
  return monacoLoading
}

/** If Monaco fails while rendering, the plain field simply stays. */
class FallbackOnError extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}

/**
 * Resolves after the browser has painted what is on screen now (the next frame has started),
 * or after 100 ms where no frame comes (a background tab, a test's fake timers).
 */
const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    const done = () => resolve()
    setTimeout(done, 100)
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(done, 0))
  })

/**
 * The plain "Answer" field at once, swapped for Monaco when its chunk has loaded, with the
 * learner's text, cursor and focus. Monaco's chunk is fetched early (index.html preloads it on
 * exercise URLs) but evaluated only after the page has painted, so the statement and schema
 * show first. Deliberately not React.lazy + Suspense: React throttles Suspense reveals (up to
 * 300 ms), and the editor's arrival is the moment a cold visit gets the full editor.
 */
export function AnswerEditor(props: AnswerEditorProps) {
  const [monaco, setMonaco] = useState<MonacoModule | undefined>(monacoModule)
  const handoff = useRef<EditorHandoff>({ start: 0, end: 0, focused: false })
  useEffect(() => {
    if (monaco) return
    let active = true
    // A chunk that fails to load (offline before the first visit, blocked) leaves the plain field.
    afterPaint()
      .then(() => (active ? preloadMonaco() : undefined))
      .then(
        (module) => active && module && setMonaco(module),
        () => undefined,
      )
    return () => {
      active = false
    }
  }, [monaco])
  const fallback = <PlainAnswer value={props.value} onChange={props.onChange} handoff={handoff} />
  if (!monaco) return fallback
  const MonacoAnswer = monaco.default
  return (
    <FallbackOnError fallback={fallback}>
      <MonacoAnswer {...props} handoff={handoff} />
    </FallbackOnError>
  )
}
