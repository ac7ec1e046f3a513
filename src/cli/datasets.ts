/**
 * `npm run datasets [-- --check]`: builds every scenario's dataset variants and writes
 * public/datasets/<scenario>/<variant>.sqlite plus public/datasets/manifest.json, which the
 * app fetches. Files whose bytes are unchanged are not rewritten (keeps mtimes, and dev
 * servers, quiet). `--check` writes nothing and exits 1 when anything on disk is stale.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { buildVariant, type DatasetSource } from '../datasets/build'
import { loadSqlJs } from '../datasets/load-sql-js'
import { scenarioData } from '../scenarios/data-registry'
import { scenarios } from '../scenarios/index'
import { DATASET_FINGERPRINT, type DatasetManifest } from './dataset-files'

/** Every scenario in the registry has datasets, made by the generator its Node-only data names. */
const sources: DatasetSource[] = scenarios.map((scenario) => ({ ...scenario, generate: scenarioData(scenario).generate }))

const sameBytes = (path: string, bytes: Uint8Array): boolean =>
  existsSync(path) && Buffer.compare(readFileSync(path), bytes) === 0

function formatSize(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} KB`
}

/** Entry point of `node scripts/tool.mjs datasets [--check] [--out <dir>]`. */
export async function main(args: string[]): Promise<number> {
  const check = args.includes('--check')
  const outIndex = args.indexOf('--out')
  const outDir = join(process.cwd(), outIndex >= 0 ? args[outIndex + 1] : 'public/datasets')
  const started = performance.now()
  const SQL = await loadSqlJs()
  const manifest: DatasetManifest = { fingerprint: DATASET_FINGERPRINT, scenarios: {} }
  const stale: string[] = []

  for (const source of sources) {
    const variants: DatasetManifest['scenarios'][string]['variants'] = []
    for (const variant of source.variants) {
      const built = buildVariant(SQL, source, variant)
      const path = join(outDir, source.id, `${variant.key}.sqlite`)
      const unchanged = sameBytes(path, built.bytes)
      if (!unchanged) {
        stale.push(path)
        if (!check) {
          mkdirSync(dirname(path), { recursive: true })
          writeFileSync(path, built.bytes)
        }
      }
      const status = unchanged ? 'unchanged' : check ? 'STALE' : 'written'
      const ms = built.generateMs + built.buildMs
      console.log(
        `${relative(process.cwd(), path)}  ${formatSize(built.bytes.length)}  ${ms.toFixed(0)} ms ` +
          `(generate ${built.generateMs.toFixed(0)}, sqlite ${built.buildMs.toFixed(0)})  ${status}`,
      )
      variants.push({
        key: variant.key,
        seed: variant.seed,
        bytes: built.bytes.length,
        sha256: createHash('sha256').update(built.bytes).digest('hex'),
        rows: built.rows,
      })
    }
    manifest.scenarios[source.id] = { asOf: source.asOf, variants }
  }

  const manifestPath = join(outDir, 'manifest.json')
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`
  const manifestBytes = new TextEncoder().encode(manifestText)
  if (!sameBytes(manifestPath, manifestBytes)) {
    stale.push(manifestPath)
    if (!check) writeFileSync(manifestPath, manifestText)
  }
  console.log(`total ${(performance.now() - started).toFixed(0)} ms`)

  if (check && stale.length > 0) {
    console.error(`datasets are stale; run \`npm run datasets\`:\n${stale.map((p) => `  ${relative(process.cwd(), p)}`).join('\n')}`)
    return 1
  }
  return 0
}
