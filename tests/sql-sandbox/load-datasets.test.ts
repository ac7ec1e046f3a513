import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchDatasetImages } from '../../src/sql-sandbox/load-datasets'

afterEach(() => vi.unstubAllGlobals())

describe('fetchDatasetImages', () => {
  it('fetches each image relative to the page, so the app works under any sub-path', async () => {
    vi.stubGlobal('document', { baseURI: 'https://example.test/trainer/index.html#/exercise/x' })
    const fetched: string[] = []
    vi.stubGlobal('fetch', async (url: URL) => {
      fetched.push(url.href)
      return new Response(new Uint8Array([1, 2, 3]))
    })
    const images = await fetchDatasetImages('feed-engagement', ['visible', 'hidden-1'])
    expect(fetched).toEqual([
      'https://example.test/trainer/datasets/feed-engagement/visible.sqlite',
      'https://example.test/trainer/datasets/feed-engagement/hidden-1.sqlite',
    ])
    expect(images.map((i) => [i.key, Array.from(i.bytes)])).toEqual([['visible', [1, 2, 3]], ['hidden-1', [1, 2, 3]]])
  })

  it('names the dataset and the status when a file is missing', async () => {
    vi.stubGlobal('document', { baseURI: 'https://example.test/' })
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404 }))
    await expect(fetchDatasetImages('feed-engagement', ['visible'])).rejects.toThrow(/"visible" dataset of feed-engagement \(404/)
  })
})
