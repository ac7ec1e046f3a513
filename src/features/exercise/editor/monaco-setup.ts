/**
 * Monaco from node_modules, never a CDN, with only what we use: the editor API, its
 * features, and the SQL, Python and Markdown grammars. `import 'monaco-editor'` would add
 * the TS/CSS/HTML/JSON language workers (+10 MB). See shared/notes/stack.md.
 */
import { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor/editor.api'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/sql/register'
import 'monaco-editor/languages/definitions/python/register'
import 'monaco-editor/languages/definitions/markdown/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'

self.MonacoEnvironment = { getWorker: () => new EditorWorker() }
loader.config({ monaco })

export { monaco }
