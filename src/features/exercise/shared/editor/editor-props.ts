import type { TableSpec } from '../../../../datasets/types'

export type EditorLanguage = 'sql' | 'python' | 'markdown'

export interface AnswerEditorProps {
  value: string
  onChange: (text: string) => void
  language: EditorLanguage
  onRun: () => void
  onSubmit: () => void
  /** The scenario's tables, for completions. */
  tables: TableSpec[]
}

/** Where the learner was in the plain field (UTF-16 offsets) when Monaco takes over, and whether it had focus. */
export interface EditorHandoff {
  start: number
  end: number
  focused: boolean
}

/** The accessible name of the answer field, in Monaco and in the plain fallback. */
export const ANSWER_LABEL = 'Answer'
