/**
 * The SQL floor: a worker that starts sql.js the default way and opens one dataset image, here
 * `?image=<url>` (the visible dataset of the app's page, from the same server).
 */
const image = new URLSearchParams(location.search).get('image')
if (!image) throw new Error('sql.html needs ?image=<url of a .sqlite file>')
const worker = new Worker(new URL('./sql-floor.worker.ts', import.meta.url), { type: 'module' })
worker.addEventListener('message', (event: MessageEvent<{ tables: string[] } | { error: string }>) => {
  performance.mark('floor:ready')
  document.getElementById('out')!.textContent = JSON.stringify(event.data)
})
worker.postMessage({ image: new URL(image, location.href).href })
