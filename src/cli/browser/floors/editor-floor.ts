/** The editor floor: the app's Monaco (same setup module, same features) and one editor, nothing else. */
import { monaco } from '../../../features/exercise/shared/editor/monaco-setup'

const host = document.getElementById('editor')!
monaco.editor.create(host, { value: 'SELECT 1;\n', language: 'sql', ariaLabel: 'Answer', minimap: { enabled: false }, automaticLayout: true })
performance.mark('floor:ready')
