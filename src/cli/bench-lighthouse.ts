import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { CHROMIUM_FLAGS, findChromium } from './browser/chromium'

/** One page's Lighthouse performance score (0..100) with its total blocking time and LCP, per preset. */
export interface LighthouseFigures {
  score: number
  tbt_ms: number
  lcp_ms: number
}

export type LighthousePages = Record<string, { desktop: LighthouseFigures; mobile: LighthouseFigures }>

/**
 * `bench --lighthouse`: Lighthouse's performance category (desktop and mobile presets) for the
 * given pages of the built app, served the way `npm start` serves it (`vite preview` with the
 * project's config: its headers and Content-Security-Policy). Debian's Chromium only, with the
 * flags of ./browser/chromium.ts; nothing is downloaded. Null without Chromium or dist/.
 */
export async function measureLighthouse(pages: Record<string, string>, log: (line: string) => void): Promise<LighthousePages | null> {
  const chromePath = findChromium()
  if (!chromePath || !existsSync(resolve('dist/index.html'))) return null
  const [{ preview }, { default: lighthouse }, { default: desktopConfig }, chromeLauncher] = await Promise.all([
    import('vite'),
    import('lighthouse'),
    import('lighthouse/core/config/desktop-config.js'),
    import('chrome-launcher'),
  ])
  const server = await preview({ logLevel: 'silent', preview: { port: 4180, strictPort: false, open: false } })
  const base = server.resolvedUrls?.local[0]
  if (!base) throw new Error('bench: vite preview did not say where it listens')
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] })
  const figures: LighthousePages = {}
  try {
    for (const [name, hash] of Object.entries(pages)) {
      const run = async (preset: 'desktop' | 'mobile'): Promise<LighthouseFigures> => {
        log(`Lighthouse (${preset}): ${name} page`)
        const result = await lighthouse(
          `${base}#${hash}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          preset === 'desktop' ? desktopConfig : undefined,
        )
        const lhr = result?.lhr
        if (!lhr || lhr.runtimeError) throw new Error(`bench: Lighthouse failed on ${name} (${preset}): ${lhr?.runtimeError?.message ?? 'no result'}`)
        return {
          score: Math.round((lhr.categories.performance.score ?? 0) * 100),
          tbt_ms: Math.round(lhr.audits['total-blocking-time'].numericValue ?? 0),
          lcp_ms: Math.round(lhr.audits['largest-contentful-paint'].numericValue ?? 0),
        }
      }
      figures[name] = { desktop: await run('desktop'), mobile: await run('mobile') }
    }
  } finally {
    chrome.kill()
    await server.close()
  }
  return figures
}
