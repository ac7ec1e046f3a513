import { useLayoutEffect, useRef } from 'react'
import { ANSWER_LABEL, type AnswerEditorProps, type EditorHandoff } from './editor-props'

/**
 * A plain textarea holding the same draft: shown at once while Monaco's chunk loads (and if
 * it ever fails to), so the page is usable immediately. It records its cursor and focus in
 * `handoff`, so Monaco opens where the learner was typing.
 */
export function PlainAnswer({ value, onChange, handoff }: Pick<AnswerEditorProps, 'value' | 'onChange'> & { handoff?: { current: EditorHandoff } }) {
  const field = useRef<HTMLTextAreaElement>(null)
  const record = () => {
    const area = field.current
    if (handoff && area) handoff.current = { start: area.selectionStart, end: area.selectionEnd, focused: document.activeElement === area }
  }
  // A textarea that replaces another one (Monaco's own loading placeholder) takes over its cursor.
  useLayoutEffect(() => {
    const area = field.current
    if (!handoff?.current.focused || !area) return
    // Cursor first: focusing records the field's cursor, which must already be the handed-over one.
    const { start, end } = handoff.current
    area.setSelectionRange(start, end)
    area.focus()
  }, [handoff])
  return (
    <textarea
      ref={field}
      className="plain-answer"
      aria-label={ANSWER_LABEL}
      value={value}
      onChange={(event) => {
        onChange(event.target.value)
        record()
      }}
      onSelect={record}
      onFocus={record}
      onBlur={() => {
        if (handoff) handoff.current = { ...handoff.current, focused: false }
      }}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      rows={14}
    />
  )
}
