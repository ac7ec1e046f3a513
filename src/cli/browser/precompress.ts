/**
 * Precompressed assets (issue 14): the build writes `<file>.br` and `<file>.gz` beside every
 * compressible file of dist/ of at least 1 KB (scripts, styles, HTML, wasm, datasets, Pyodide's
 * files), and `npm start` (vite preview) answers a request with one of them when the browser
 * accepts that encoding, with the same headers as the plain file (the Content-Security-Policy
 * and cross-origin isolation of vite.config.ts). Static hosts that look for such files
 * (nginx `gzip_static`/`brotli_static`, Netlify, Cloudflare Pages...) serve them too.
 */
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

/** Content types of what dist/ holds; anything else is left to the static server. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.sqlite': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
  '.py': 'text/x-python',
  '.txt': 'text/plain; charset=utf-8',
}
/** Smaller files gain nothing worth a second request path (the same threshold as Vite's own compression). */
const MIN_BYTES = 1024
/**
 * Files above this get faster levels: brotli 11 on Pyodide's 10 MB and the 28 MB of datasets
 * would add minutes to every build, for 5% smaller files (brotli 5 already gets within 5% of
 * level 9 at a fifth of its time; gzip 9 gains under 1% over 6 there).
 */
const LARGE_BYTES = 256 * 1024
/** Compressions at a time (zlib runs them on libuv's thread pool). */
const PARALLEL = 4
/** Where compressed bytes are kept by content hash, so an unchanged file is not compressed again on the next build. */
const DEFAULT_CACHE = join('node_modules', '.cache', 'precompressed')

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Every file under `dir` worth precompressing. */
function compressible(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && extname(e.name) in CONTENT_TYPES)
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => statSync(file).size >= MIN_BYTES)
}

/** `bytes` compressed with `encode`, from the cache when these bytes were compressed alike before. */
async function compressCached(bytes: Buffer, kind: string, cacheDir: string | undefined, used: Set<string>, encode: () => Promise<Buffer>): Promise<Buffer> {
  if (!cacheDir) return encode()
  const name = `${createHash('sha256').update(bytes).digest('hex')}.${kind}`
  used.add(name)
  const path = join(cacheDir, name)
  try {
    return await readFile(path)
  } catch {
    const encoded = await encode()
    try {
      await mkdir(cacheDir, { recursive: true })
      const temp = `${path}.${process.pid}.tmp`
      await writeFile(temp, encoded)
      await rename(temp, path)
    } catch {
      // a read-only cache only costs time
    }
    return encoded
  }
}

/**
 * Writes `.br` and `.gz` beside each compressible file of `dir`, keeping only those smaller
 * than the file itself. Returns the byte totals, for the build log and the bench.
 * @param cacheDir where compressed bytes are kept by content hash (`false`: no cache).
 */
export async function precompressDirectory(dir: string, cacheDir: string | false = DEFAULT_CACHE): Promise<{ files: number; raw: number; br: number; gz: number }> {
  const totals = { files: 0, raw: 0, br: 0, gz: 0 }
  const cache = cacheDir === false ? undefined : cacheDir
  const used = new Set<string>()
  const compressOne = async (file: string) => {
    const bytes = await readFile(file)
    const large = bytes.length > LARGE_BYTES
    const quality = large ? 5 : constants.BROTLI_MAX_QUALITY
    const level = large ? 6 : 9
    const [br, gz] = await Promise.all([
      compressCached(bytes, `q${quality}.br`, cache, used, () =>
        brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
      ),
      compressCached(bytes, `l${level}.gz`, cache, used, () => gzipAsync(bytes, { level })),
    ])
    totals.files++
    totals.raw += bytes.length
    for (const [encoded, ext] of [[br, 'br'], [gz, 'gz']] as const) {
      const kept = encoded.length < bytes.length
      if (kept) await writeFile(`${file}.${ext}`, encoded)
      totals[ext] += kept ? encoded.length : bytes.length
    }
  }
  const queue = compressible(dir)
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await compressOne(file)
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  // Entries of files this build no longer has (an old chunk hash) would pile up build after build.
  if (cache && existsSync(cache)) for (const name of readdirSync(cache)) if (!used.has(name) && !name.endsWith('.tmp')) await rm(join(cache, name), { force: true })
  return totals
}

/** The encodings a request accepts, from its Accept-Encoding header (`q=0` refuses one). */
function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const accepted = new Set<string>()
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name)
  }
  return accepted
}

/**
 * A connect-style middleware serving `<file>.br` or `<file>.gz` from `root` when the request
 * accepts it and the file exists; otherwise it passes the request on. `headers` are sent with
 * every answer (the preview server's CSP and isolation headers).
 */
export function servePrecompressed(root: string, headers: Record<string, string> = {}) {
  const base = normalize(root + sep)
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range) return next()
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    } catch {
      return next()
    }
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname))
    const type = CONTENT_TYPES[extname(file)]
    if (!file.startsWith(base) || !type) return next()
    const accepted = acceptedEncodings(req.headers['accept-encoding'])
    const encoding = (['br', 'gzip'] as const).find((e) => accepted.has(e) && existsSync(`${file}.${e === 'br' ? 'br' : 'gz'}`))
    if (!encoding) return next()
    const compressed = `${file}.${encoding === 'br' ? 'br' : 'gz'}`
    res.writeHead(200, {
      ...headers,
      'Content-Type': type,
      'Content-Encoding': encoding,
      'Content-Length': String(statSync(compressed).size),
      Vary: 'Accept-Encoding',
      'Cache-Control': 'no-cache',
    })
    if (req.method === 'HEAD') res.end()
    else createReadStream(compressed).pipe(res)
  }
}

/**
 * The Vite plugin: precompresses dist/ after the build (after every other plugin has written
 * its files, so the service worker and Pyodide's files are included), and serves the results
 * in `vite preview` ahead of its on-the-fly gzip.
 */
export function precompressedAssets(): Plugin {
  let outDir = 'dist'
  return {
    name: 'precompressed-assets',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir)
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (!existsSync(outDir)) return
        const t = await precompressDirectory(outDir)
        const mb = (n: number) => (n / (1 << 20)).toFixed(1)
        this.info(`precompressed ${t.files} files: ${mb(t.raw)} MB -> brotli ${mb(t.br)} MB, gzip ${mb(t.gz)} MB`)
      },
    },
    configurePreviewServer(server) {
      const headers = Object.fromEntries(Object.entries(server.config.preview.headers ?? {}).map(([k, v]) => [k, String(v)]))
      server.middlewares.use(servePrecompressed(join(server.config.root, server.config.build.outDir), headers))
    },
  }
}
