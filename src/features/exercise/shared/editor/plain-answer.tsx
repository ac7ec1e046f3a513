import { ANSWER_LABEL, type AnswerEditorProps } from './editor-props'

/**
 * A plain textarea holding the same draft: shown at once while Monaco's chunk loads (and if
 * it ever fails to), so the page is usable immediately.
 */
export function PlainAnswer({ value, onChange }: Pick<AnswerEditorProps, 'value' | 'onChange'>) {
  return (
    <textarea
      className="plain-answer"
      aria-label={ANSWER_LABEL}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      rows={14}
    />
  )
}
