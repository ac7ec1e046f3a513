import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { join } from 'node:path'
import type { DatasetImage } from '../sql-sandbox/protocol'

declare const __DATASET_FINGERPRINT__: string
/** Set at build time by vite.tools.config.ts from the generators' sources. */
export const DATASET_FINGERPRINT: string = __DATASET_FINGERPRINT__

/** public/datasets/manifest.json: what the app fetches, and which sources built it. */
export interface DatasetManifest {
  fingerprint: string
  scenarios: Record<
    string,
    { asOf: string; variants: { key: string; seed: number; bytes: number; sha256: string; rows: Record<string, number> }[] }
  >
}

/**
 * The images `npm run datasets` wrote for a scenario, if they were built from exactly the
 * sources this command was built from; otherwise undefined (the caller generates them).
 */
export function readFreshImages(scenarioId: string, keys: string[], dir = join(process.cwd(), 'public/datasets')): DatasetImage[] | undefined {
  const manifestPath = join(dir, 'manifest.json')
  if (!existsSync(manifestPath)) return undefined
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as DatasetManifest
    if (manifest.fingerprint !== DATASET_FINGERPRINT || !manifest.scenarios[scenarioId]) return undefined
    const images = keys.map((key) => ({ key, bytes: readShared(join(dir, scenarioId, `${key}.sqlite`)) }))
    const sizes = manifest.scenarios[scenarioId].variants
    return images.every((image) => sizes.find((v) => v.key === image.key)?.bytes === image.bytes.length) ? images : undefined
  } catch {
    return undefined
  }
}

/**
 * A file's bytes in shared memory: handing them to the SQL thread then shares them instead of
 * copying megabytes per dataset (`grade` measured ~0.5 s of cloning for 17 MB). Nothing writes
 * to them: sql.js copies an image into its own file system for every run.
 */
function readShared(path: string): Uint8Array {
  const fd = openSync(path, 'r')
  try {
    const bytes = new Uint8Array(new SharedArrayBuffer(fstatSync(fd).size))
    for (let offset = 0; offset < bytes.length; ) {
      const read = readSync(fd, bytes, offset, bytes.length - offset, offset)
      if (read === 0) throw new Error(`${path} ended early`)
      offset += read
    }
    return bytes
  } finally {
    closeSync(fd)
  }
}
