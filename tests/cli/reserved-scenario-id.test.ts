import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/new-scenario'

const root = mkdtempSync(join(tmpdir(), 'reserved-id-'))
afterEach(() => vi.restoreAllMocks())

describe('the reserved scenario id "mixed"', () => {
  it('is refused by new-scenario with exit 2, in words, and nothing is written', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(await main(['mixed'], root)).toBe(2)
    expect(errors).toHaveBeenCalledWith('"mixed" is reserved: #/mock/mixed is the mixed mock loop. Choose another id.')
    expect(existsSync(join(root, 'src', 'scenarios', 'mixed'))).toBe(false)
    rmSync(root, { recursive: true, force: true })
  })
})
