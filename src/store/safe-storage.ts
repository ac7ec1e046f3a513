import type { PersistStorage, StorageValue } from 'zustand/middleware'

/**
 * A `persist` storage that never throws. localStorage can be missing or throw on access
 * (private mode, disabled cookies), throw on write (quota), or hold text that is not our
 * JSON (hand edits, another app, a crash mid-write). In every case the app keeps working:
 * unreadable data reads as "nothing stored" (a fresh start), and writes that fail fall back
 * to memory for the rest of the session.
 */
export function createSafeStorage<S>(getStorage: () => Storage | undefined = defaultStorage): PersistStorage<S> {
  const memory = new Map<string, string>()

  const backing = (): Storage | undefined => {
    try {
      return getStorage()
    } catch {
      return undefined
    }
  }

  const read = (name: string): string | null => {
    try {
      const storage = backing()
      if (storage) return storage.getItem(name)
    } catch {
      // fall through to memory
    }
    return memory.get(name) ?? null
  }

  return {
    getItem: (name) => {
      const text = read(name)
      if (text === null) return null
      try {
        const value: unknown = JSON.parse(text)
        if (!isStorageValue(value)) return null
        return value as StorageValue<S>
      } catch {
        return null
      }
    },
    setItem: (name, value) => {
      const text = JSON.stringify(value)
      memory.set(name, text)
      try {
        backing()?.setItem(name, text)
      } catch {
        // Quota or private mode: memory keeps this session going.
      }
    },
    removeItem: (name) => {
      memory.delete(name)
      try {
        backing()?.removeItem(name)
      } catch {
        // nothing to do
      }
    },
  }
}

const defaultStorage = (): Storage | undefined => (typeof window === 'undefined' ? undefined : window.localStorage)

function isStorageValue(value: unknown): value is { state: unknown; version?: number } {
  return typeof value === 'object' && value !== null && 'state' in value
}
