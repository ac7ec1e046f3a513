import { Component, lazy, Suspense, type ReactNode } from 'react'
import type { AnswerEditorProps } from './editor-props'
import { PlainAnswer } from './plain-answer'

const MonacoAnswer = lazy(() => import('./monaco-answer'))

/** Starts fetching Monaco early (e.g. as soon as an exercise route is known). */
export const preloadMonaco = (): void => {
  void import('./monaco-answer')
}

/** If Monaco's chunk fails to load (offline, blocked), the plain field simply stays. */
class FallbackOnError extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}

export function AnswerEditor(props: AnswerEditorProps) {
  const fallback = <PlainAnswer value={props.value} onChange={props.onChange} />
  return (
    <FallbackOnError fallback={fallback}>
      <Suspense fallback={fallback}>
        <MonacoAnswer {...props} />
      </Suspense>
    </FallbackOnError>
  )
}
