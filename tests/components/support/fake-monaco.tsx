/**
 * Stands in for the lazily loaded Monaco module in jsdom. Like the real one it binds
 * Ctrl/Cmd+Enter and Ctrl/Cmd+Shift+Enter itself and consumes those keys.
 */
import type { AnswerEditorProps } from '../../../src/features/exercise/shared/editor/editor-props'

export default function FakeMonaco({ value, onChange, onRun, onSubmit }: AnswerEditorProps) {
  return (
    <div className="monaco-editor" data-testid="monaco">
      <textarea
        aria-label="Answer"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            event.stopPropagation()
            if (event.shiftKey) onSubmit()
            else onRun()
          }
        }}
      />
    </div>
  )
}
