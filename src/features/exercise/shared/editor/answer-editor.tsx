import { Component, useEffect, useState, type ReactNode } from 'react'
import type { AnswerEditorProps } from './editor-props'
import { PlainAnswer } from './plain-answer'

type MonacoModule = typeof import('./monaco-answer')
let monacoModule: MonacoModule | undefined
let monacoLoading: Promise<MonacoModule> | undefined

/** Starts fetching Monaco early (e.g. as soon as an exercise route is known). */
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
 * The plain "Answer" field at once, swapped for Monaco when its chunk has loaded.
 * Deliberately not React.lazy + Suspense: React throttles Suspense reveals (up to 300 ms),
 * and the editor's arrival is the moment a cold visit becomes editable.
 */
export function AnswerEditor(props: AnswerEditorProps) {
  const [monaco, setMonaco] = useState<MonacoModule | undefined>(monacoModule)
  useEffect(() => {
    if (monaco) return
    let active = true
    // A chunk that fails to load (offline before the first visit, blocked) leaves the plain field.
    preloadMonaco().then(
      (module) => active && setMonaco(module),
      () => undefined,
    )
    return () => {
      active = false
    }
  }, [monaco])
  const fallback = <PlainAnswer value={props.value} onChange={props.onChange} />
  if (!monaco) return fallback
  const MonacoAnswer = monaco.default
  return (
    <FallbackOnError fallback={fallback}>
      <MonacoAnswer {...props} />
    </FallbackOnError>
  )
}
