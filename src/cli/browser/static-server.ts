import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.sqlite': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
}

export interface StaticHost {
  /** Where the app is, ending in `/`, e.g. http://127.0.0.1:41234/practice/app/ */
  url: string
  close(): Promise<void>
}

/**
 * A plain static host that serves `dir` under a sub-path and nothing else: no SPA
 * fallback, no special headers, like the cheapest static hosting a mentor might use.
 * `mounts` serves further folders under further sub-paths of the same origin (the bench's
 * floor pages next to the app).
 */
export async function serveStatic(dir: string, subPath = '/practice/app/', mounts: Record<string, string> = {}): Promise<StaticHost> {
  const folders = Object.entries({ ...mounts, [subPath]: dir })
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const mount = folders.find(([prefix]) => path.startsWith(prefix))
    if (!mount) {
      res.writeHead(404).end('not found')
      return
    }
    const [prefix, root] = mount
    let file = normalize(join(root, path.slice(prefix.length)))
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
