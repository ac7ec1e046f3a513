import { describe, expect, it } from 'vitest'
import { lockDownWorkerScope, WORKER_EXITS } from '../../src/workers/lockdown'

/** A stand-in for a worker's global object: WebIDL puts operations and getters on prototypes. */
function fakeWorkerScope() {
  class WorkerGlobalScope {
    fetch() {
      return 'network'
    }
    get indexedDB() {
      return { open: () => 'database' }
    }
    get caches() {
      return { keys: () => 'caches' }
    }
    importScripts() {
      return 'imported'
    }
  }
  class DedicatedWorkerGlobalScope extends WorkerGlobalScope {
    postMessage(message: unknown) {
      return message
    }
  }
  const scope = new DedicatedWorkerGlobalScope() as DedicatedWorkerGlobalScope & Record<string, unknown>
  // Interface objects are own, configurable properties of the global object.
  for (const name of ['XMLHttpRequest', 'WebSocket', 'EventSource', 'Worker', 'BroadcastChannel']) {
    Object.defineProperty(scope, name, { value: class {}, writable: true, configurable: true })
  }
  return { scope, WorkerGlobalScope }
}

describe('lockDownWorkerScope', () => {
  it('takes every way out off the global object and its prototypes, and keeps postMessage', () => {
    const { scope, WorkerGlobalScope } = fakeWorkerScope()
    const found = lockDownWorkerScope(scope)
    expect(found.sort()).toEqual(['BroadcastChannel', 'EventSource', 'Worker', 'WebSocket', 'XMLHttpRequest', 'caches', 'fetch', 'importScripts', 'indexedDB'].sort())
    for (const name of WORKER_EXITS) expect(scope[name], name).toBeUndefined()
    // Not reachable through the prototype chain either.
    expect((WorkerGlobalScope.prototype as unknown as Record<string, unknown>).fetch).toBeUndefined()
    expect(Object.getOwnPropertyDescriptor(WorkerGlobalScope.prototype, 'indexedDB')).toBeUndefined()
    expect(scope.postMessage('still here')).toBe('still here')
  })

  it('cannot be undone by code that runs afterwards', () => {
    const { scope } = fakeWorkerScope()
    lockDownWorkerScope(scope)
    expect(() => {
      'use strict'
      scope.fetch = () => 'network again'
    }).toThrow(TypeError)
    expect(Reflect.defineProperty(scope, 'fetch', { value: () => 'network again' })).toBe(false)
    expect(Reflect.deleteProperty(scope, 'fetch')).toBe(false)
    expect(scope.fetch).toBeUndefined()
  })

  it('closes the names in a real global object too (Node stands in for a worker)', async () => {
    const { Worker } = await import('node:worker_threads')
    const code = `
      const { parentPort } = require('node:worker_threads')
      const before = typeof fetch
      ${lockDownWorkerScope.toString().replace('function lockDownWorkerScope', 'function lock')}
      lock(globalThis, ['fetch', 'WebSocket', 'BroadcastChannel'])
      let refetched = 'no'
      try { globalThis.fetch = () => 1; refetched = typeof globalThis.fetch } catch (e) { refetched = 'threw' }
      parentPort.postMessage({ before, after: typeof fetch, ws: typeof WebSocket, bc: typeof BroadcastChannel, refetched })
    `
    const worker = new Worker(code, { eval: true })
    const reply = await new Promise((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
    await worker.terminate()
    expect(reply).toEqual({ before: 'function', after: 'undefined', ws: 'undefined', bc: 'undefined', refetched: 'undefined' })
  })
})
