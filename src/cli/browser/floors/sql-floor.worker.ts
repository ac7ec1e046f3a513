/** Starts sql.js (its own default wasm loading) while the image downloads, then opens the image. */
import initSqlJs from 'sql.js'
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url'

const started = initSqlJs({ locateFile: () => wasmUrl })
self.addEventListener('message', async (event: MessageEvent<{ image: string }>) => {
  try {
    const bytes = new Uint8Array(await (await fetch(event.data.image)).arrayBuffer())
    const SQL = await started
    const db = new SQL.Database(bytes)
    const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table'")[0]?.values.map((row) => String(row[0])) ?? []
    db.close()
    self.postMessage({ tables })
  } catch (error) {
    self.postMessage({ error: String(error) })
  }
})
