import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

/** The precompressed copies the build writes beside each file (src/cli/browser/precompress.ts). */
const isPrecompressed = (name: string) => name.endsWith('.br') || name.endsWith('.gz')

/**
 * Sizes of the built app: the JS a first visit must download before anything renders
 * (entry script and its modulepreloads), gzipped; everything in dist/ (without the
 * precompressed copies); and what the files that have `.br` / `.gz` copies weigh raw and
 * as brotli and gzip (what `npm start` sends a browser that accepts them).
 */
export function measureBundle(
  dist = resolve('dist'),
): { initial_js_gzip_kb: number; total_kb: number; precompressed: { files: number; raw_kb: number; br_kb: number; gz_kb: number } } | null {
  const html = join(dist, 'index.html')
  if (!existsSync(html)) return null
  const text = readFileSync(html, 'utf8')
  const scripts = [...text.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1])
  const initial = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src))).length, 0)
  const files = readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
  const size = (file: string) => (existsSync(file) ? statSync(file).size : 0)
  const originals = files.filter((f) => !isPrecompressed(f))
  const compressed = originals.filter((f) => existsSync(`${f}.br`) || existsSync(`${f}.gz`))
  const kb = (bytes: number) => Math.round(bytes / 1024)
  const sum = (list: string[], sizeOf: (f: string) => number) => list.reduce((total, f) => total + sizeOf(f), 0)
  return {
    initial_js_gzip_kb: kb(initial),
    total_kb: kb(sum(originals, size)),
    precompressed: {
      files: compressed.length,
      raw_kb: kb(sum(compressed, size)),
      // A file without a smaller copy is sent as it is.
      br_kb: kb(sum(compressed, (f) => size(`${f}.br`) || size(f))),
      gz_kb: kb(sum(compressed, (f) => size(`${f}.gz`) || size(f))),
    },
  }
}
