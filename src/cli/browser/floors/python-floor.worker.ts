/** `loadPyodide` from the same folder the app's worker loads it from, with nothing of ours around it. */
import type { loadPyodide as LoadPyodide } from 'pyodide'

self.addEventListener('message', async (event: MessageEvent<{ indexURL: string }>) => {
  try {
    const { indexURL } = event.data
    const { loadPyodide } = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as { loadPyodide: typeof LoadPyodide }
    const pyodide = await loadPyodide({ indexURL })
    self.postMessage({ version: pyodide.version })
  } catch (error) {
    self.postMessage({ error: String(error) })
  }
})
