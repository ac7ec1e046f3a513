/** The Python floor: a module worker that awaits a bare `loadPyodide` from `?index=<the app's pyodide/ folder>`. */
const index = new URLSearchParams(location.search).get('index')
if (!index) throw new Error('python.html needs ?index=<url of a pyodide/ folder>')
const worker = new Worker(new URL('./python-floor.worker.ts', import.meta.url), { type: 'module' })
worker.addEventListener('message', (event: MessageEvent<{ version: string } | { error: string }>) => {
  performance.mark('floor:ready')
  document.getElementById('out')!.textContent = JSON.stringify(event.data)
})
worker.postMessage({ indexURL: new URL(index, location.href).href })
