import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * Sizes of the built app: the JS a first visit must download before anything renders
 * (entry script and its modulepreloads), gzipped, and everything in dist/.
 */
export function measureBundle(dist = resolve('dist')): { initial_js_gzip_kb: number; total_kb: number } | null {
  const html = join(dist, 'index.html')
  if (!existsSync(html)) return null
  const text = readFileSync(html, 'utf8')
  const scripts = [...text.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1])
  const initial = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src))).length, 0)
  const total = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? total(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0)
  return { initial_js_gzip_kb: Math.round(initial / 1024), total_kb: Math.round(total(dist) / 1024) }
}
