/**
 * Fetches a scenario's dataset images as written by `npm run datasets` into public/datasets.
 * URLs resolve against document.baseURI because the app is served from any sub-path (base './').
 */
import type { DatasetImage } from './protocol'

/** Fetches `datasets/<scenarioId>/<key>.sqlite` for every key, in parallel, in the order given. */
export async function fetchDatasetImages(scenarioId: string, keys: string[]): Promise<DatasetImage[]> {
  return Promise.all(
    keys.map(async (key) => {
      const url = new URL(`datasets/${encodeURIComponent(scenarioId)}/${encodeURIComponent(key)}.sqlite`, document.baseURI)
      const response = await fetch(url)
      if (!response.ok) throw new Error(`Could not fetch the "${key}" dataset of ${scenarioId} (${response.status} from ${url.href}).`)
      return { key, bytes: new Uint8Array(await response.arrayBuffer()) }
    }),
  )
}
