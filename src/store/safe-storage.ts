import type { PersistStorage, StorageValue } from 'zustand/middleware'

/**
 * A `persist` storage that never throws. localStorage can be missing or throw on access
 * (private mode, disabled cookies), throw on write (quota), or hold text that is not our
 * JSON (hand edits, another app, a crash mid-write). In every case the app keeps working:
 * unreadable data reads as "nothing stored" (a fresh start), and writes that fail fall back
 * to memory for the rest of the session. Unreadable text is first copied to `backupKey(name)`,
 * so a learner (or we) can still recover it: the fresh start overwrites the original.
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

  const keepBackup = (name: string, text: string) => {
    try {
      backing()?.setItem(backupKey(name), JSON.stringify({ savedAt: new Date().toISOString(), text }))
    } catch {
      // No room for a copy: the fresh start goes on regardless.
    }
  }

  return {
    getItem: (name) => {
      const text = read(name)
      if (text === null) return null
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch {
        value = undefined
      }
      if (isStorageValue(value)) return value as StorageValue<S>
      keepBackup(name, text)
      return null
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

/** Where the unreadable text of `name` is kept: `de-trainer:backup`. */
export const backupKey = (name: string): string => `${name}:backup`

/** A copy of stored data that could not be read, kept when the app started fresh. */
export interface StorageBackup {
  savedAt: string
  text: string
}

/** The backup of `name`, if one was kept (undefined when none or unreadable itself). */
export function readStorageBackup(name: string, getStorage: () => Storage | undefined = defaultStorage): StorageBackup | undefined {
  try {
    const raw = getStorage()?.getItem(backupKey(name))
    if (!raw) return undefined
    const value: unknown = JSON.parse(raw)
    if (typeof value === 'object' && value !== null && typeof (value as StorageBackup).text === 'string') return value as StorageBackup
  } catch {
    // unreadable: as good as none
  }
  return undefined
}

/** Forgets the backup of `name` (the learner has saved or discarded it). */
export function removeStorageBackup(name: string, getStorage: () => Storage | undefined = defaultStorage): void {
  try {
    getStorage()?.removeItem(backupKey(name))
  } catch {
    // nothing to do
  }
}

const defaultStorage = (): Storage | undefined => (typeof window === 'undefined' ? undefined : window.localStorage)

function isStorageValue(value: unknown): value is { state: unknown; version?: number } {
  return typeof value === 'object' && value !== null && 'state' in value
}
