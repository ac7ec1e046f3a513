/**
 * The Monaco editor, loaded lazily (React.lazy in answer-editor.tsx): this module and
 * monaco-setup pull in ~1 MB gzip that must stay out of the initial chunk.
 */
import Editor, { type OnMount } from '@monaco-editor/react'
import { useEffect, useRef } from 'react'
import { ANSWER_LABEL, type AnswerEditorProps, type EditorHandoff } from './editor-props'
import type { editor } from 'monaco-editor/editor/editor.api'
import { EDITOR_THEMES, monaco as m } from './monaco-setup'
import { PlainAnswer } from './plain-answer'
import { suggestCompletions } from './sql-completions'
import { useTheme } from '../../../../ui/theme'

const options: editor.IStandaloneEditorConstructionOptions = {
  ariaLabel: ANSWER_LABEL,
  fontSize: 14,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  wordWrap: 'on',
  tabSize: 2,
  lineNumbersMinChars: 3,
  // Monaco dims the last line's number when the text ends in a newline, below 4.5:1 contrast
  // (axe: color-contrast); every line number is drawn alike instead.
  renderFinalNewline: 'on',
  // Keep text exactly as typed or pasted: no reformatting, no auto-inserted pairs,
  // and Enter always inserts a newline rather than accepting a suggestion.
  formatOnPaste: false,
  formatOnType: false,
  autoIndent: 'keep',
  autoClosingBrackets: 'never',
  autoClosingQuotes: 'never',
  autoSurround: 'never',
  acceptSuggestionOnEnter: 'off',
  fixedOverflowWidgets: true,
}

export default function MonacoAnswer({ value, onChange, language, onRun, onSubmit, tables, handoff }: AnswerEditorProps & { handoff?: { current: EditorHandoff } }) {
  const { theme } = useTheme()
  const handlers = useRef({ onRun, onSubmit })
  handlers.current = { onRun, onSubmit }
  const disposables = useRef<{ dispose: () => void }[]>([])

  // Uses the locally bundled `monaco` (the one given to the loader), typed from its own API.
  const onMount: OnMount = (instance) => {
    performance.mark('editor:mounted')
    // Take over from the plain field: same text (the draft), same cursor, same focus.
    const model = instance.getModel()
    if (handoff?.current.focused && model) {
      const start = model.getPositionAt(handoff.current.start)
      const end = model.getPositionAt(handoff.current.end)
      instance.setSelection(new m.Selection(start.lineNumber, start.column, end.lineNumber, end.column))
      instance.focus()
    }
    disposables.current.push(
      instance.addAction({
        id: 'de-trainer.run',
        label: 'Run query',
        keybindings: [m.KeyMod.CtrlCmd | m.KeyCode.Enter],
        contextMenuGroupId: 'navigation',
        run: () => handlers.current.onRun(),
      }),
      instance.addAction({
        id: 'de-trainer.submit',
        label: 'Submit answer',
        keybindings: [m.KeyMod.CtrlCmd | m.KeyMod.Shift | m.KeyCode.Enter],
        contextMenuGroupId: 'navigation',
        run: () => handlers.current.onSubmit(),
      }),
    )
    if (language === 'sql') {
      // Registered per editor and disposed with it, so completions never pile up.
      disposables.current.push(
        m.languages.registerCompletionItemProvider('sql', {
          triggerCharacters: ['.'],
          provideCompletionItems: (model, position) => {
            const word = model.getWordUntilPosition(position)
            const range = new m.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn)
            const before = model.getValueInRange(new m.Range(1, 1, position.lineNumber, position.column))
            const suggestions = suggestCompletions(tables, model.getValue(), before).map((entry) => ({
              label: entry.label,
              kind: entry.kind === 'table' ? m.languages.CompletionItemKind.Class : m.languages.CompletionItemKind.Field,
              detail: entry.detail,
              documentation: entry.documentation,
              insertText: entry.label,
              range,
            }))
            return { suggestions }
          },
        }),
      )
    }
  }

  useEffect(
    () => () => {
      for (const disposable of disposables.current) disposable.dispose()
      disposables.current = []
    },
    [],
  )

  return (
    <div className="monaco-frame">
      <Editor
        height="100%"
        language={language}
        value={value}
        onChange={(text) => onChange(text ?? '')}
        onMount={onMount}
        options={options}
        theme={EDITOR_THEMES[theme]}
        loading={<PlainAnswer value={value} onChange={onChange} handoff={handoff} />}
      />
    </div>
  )
}
