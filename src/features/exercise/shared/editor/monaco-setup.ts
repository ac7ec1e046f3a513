/**
 * Monaco from node_modules, never a CDN, with only what we use: the editor API, the
 * features an answer editor needs, and the SQL, Python and Markdown grammars.
 * `import 'monaco-editor'` would add the TS/CSS/HTML/JSON language workers (+10 MB), and
 * `features/register.all` the IDE features (diff editor, code lens, inlay hints, rename,
 * sticky scroll ...) that an interview answer never uses; leaving them out keeps the
 * editor chunk small, which is most of the cold load. See shared/notes/stack.md.
 */
import { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor/editor.api'
import 'monaco-editor/features/bracketMatching/register'
import 'monaco-editor/features/clipboard/register'
import 'monaco-editor/features/codeEditor/register'
import 'monaco-editor/features/codicon/register'
import 'monaco-editor/features/comment/register'
import 'monaco-editor/features/contextmenu/register'
import 'monaco-editor/features/cursorUndo/register'
import 'monaco-editor/features/find/register'
import 'monaco-editor/features/indentation/register'
import 'monaco-editor/features/lineSelection/register'
import 'monaco-editor/features/linesOperations/register'
import 'monaco-editor/features/multicursor/register'
import 'monaco-editor/features/suggest/register'
import 'monaco-editor/features/tokenization/register'
import 'monaco-editor/features/wordOperations/register'
import 'monaco-editor/languages/definitions/sql/register'
import 'monaco-editor/languages/definitions/python/register'
import 'monaco-editor/languages/definitions/markdown/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'

performance.mark('monaco:evaluated')
self.MonacoEnvironment = { getWorker: () => new EditorWorker() }
loader.config({ monaco })

export { monaco }

/**
 * Monaco's own themes draw SQL strings in pure red (#ff0000): 4.0:1 on the light background and
 * 4.2:1 on the dark one, under WCAG's 4.5:1 (axe: color-contrast). Ours only recolour them.
 */
export const EDITOR_THEMES = { light: 'trainer-light', dark: 'trainer-dark' } as const
monaco.editor.defineTheme(EDITOR_THEMES.light, {
  base: 'vs',
  inherit: true,
  rules: [{ token: 'string.sql', foreground: 'a31515' }], // 7.4:1 on white
  colors: {},
})
monaco.editor.defineTheme(EDITOR_THEMES.dark, {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'string.sql', foreground: 'ce9178' }], // 7.1:1 on #1e1e1e
  colors: {},
})
