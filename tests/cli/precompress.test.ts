import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { createServer, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { precompressDirectory, servePrecompressed } from '../../src/cli/browser/precompress'

const dist = mkdtempSync(join(tmpdir(), 'precompress-'))
const script = 'export const words = ' + JSON.stringify(Array.from({ length: 2_000 }, (_, i) => `word-${i % 50}`)) + '\n'
const CSP = "default-src 'self'"

/** GETs `path` from the server with the given Accept-Encoding; the body as raw bytes. */
function get(port: number, path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, path, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('precompressed assets', () => {
  let server: ReturnType<typeof createServer>
  let port = 0

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'))
    writeFileSync(join(dist, 'assets', 'app.js'), script)
    writeFileSync(join(dist, 'index.html'), `<!doctype html><title>x</title>${'<p>hello</p>'.repeat(200)}`)
    writeFileSync(join(dist, 'tiny.js'), 'export {}\n')
    writeFileSync(join(dist, 'noise.bin'), Buffer.alloc(4096, 7))
    const serve = servePrecompressed(dist, { 'Content-Security-Policy': CSP })
    // Behind it, a plain server that answers uncompressed (what vite preview does next).
    server = createServer((req, res) => serve(req, res, () => res.writeHead(200, { 'x-fallback': 'plain' }).end('plain')))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    port = typeof address === 'object' && address ? address.port : 0
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('writes .br and .gz beside compressible files of 1 KB or more, and they decode to the file', async () => {
    const totals = await precompressDirectory(dist, false)
    expect(totals.files).toBe(2)
    const file = join(dist, 'assets', 'app.js')
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(script)
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(script)
    expect(readFileSync(`${file}.br`).length).toBeLessThan(script.length / 5)
    expect(existsSync(join(dist, 'tiny.js.br'))).toBe(false)
    expect(existsSync(join(dist, 'noise.bin.br'))).toBe(false)
    expect(totals.br).toBeLessThan(totals.raw)
  })

  it('keeps compressed bytes by content hash, so the next build reuses them', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'precompress-cache-'))
    const copy = mkdtempSync(join(tmpdir(), 'precompress-copy-'))
    writeFileSync(join(copy, 'app.js'), script)
    await precompressDirectory(copy, cache)
    expect(readdirSync(cache).filter((f) => !f.endsWith('.tmp'))).toHaveLength(2)
    // A planted cache entry is what the next build writes: the cache is really read.
    const [brEntry] = readdirSync(cache).filter((f) => f.endsWith('.br'))
    writeFileSync(join(cache, brEntry), 'from the cache')
    writeFileSync(join(cache, `${'0'.repeat(64)}.q11.br`), 'a chunk an older build had')
    await precompressDirectory(copy, cache)
    expect(readFileSync(join(copy, 'app.js.br'), 'utf8')).toBe('from the cache')
    expect(readdirSync(cache)).toHaveLength(2) // the older build's entry is gone
  })

  it('serves brotli when accepted, else gzip, else passes the request on; the CSP header comes with it', async () => {
    const br = await get(port, '/assets/app.js', 'gzip, deflate, br')
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toBe('text/javascript')
    expect(br.headers['content-security-policy']).toBe(CSP)
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(brotliDecompressSync(br.body).toString()).toBe(script)

    const gz = await get(port, '/assets/app.js', 'gzip, br;q=0')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(script)

    const plain = await get(port, '/assets/app.js')
    expect(plain.headers['x-fallback']).toBe('plain')

    const index = await get(port, '/', 'br')
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(brotliDecompressSync(index.body).toString()).toContain('<title>x</title>')

    const outside = await get(port, '/../../etc/passwd', 'br')
    expect(outside.headers['x-fallback']).toBe('plain')
  })
})
