import { Worker } from 'node:worker_threads'
import type { Port } from './port'

/** When a thread should keep the Node process alive. */
export interface KeepAlive<Req, Res> {
  /** Whether sending `request` starts work the process must wait for. */
  holdsOn(request: Req): boolean
  /** Whether `response` ends that work. */
  releasesOn(response: Res): boolean
}

/**
 * A Node worker thread running a built entry (`.tools/<name>-thread.mjs`) as a Port. The thread
 * is unref'd while idle, so a command that forgets `dispose()` still exits.
 * @param name used in error messages: "the SQL thread exited with code 1".
 */
export function threadPort<Req, Res>(threadUrl: URL, name: string, keepAlive: KeepAlive<Req, Res>): Port<Req, Res> {
  const worker = new Worker(threadUrl)
  let terminated = false
  worker.unref()
  return {
    post(request) {
      if (keepAlive.holdsOn(request)) worker.ref()
      worker.postMessage(request)
    },
    onMessage(listener) {
      worker.on('message', (response: Res) => {
        if (keepAlive.releasesOn(response)) worker.unref()
        listener(response)
      })
    },
    onError(listener) {
      worker.on('error', listener)
      worker.on('exit', (code) => {
        if (!terminated) listener(new Error(`the ${name} thread exited with code ${code}`))
      })
    },
    terminate() {
      terminated = true
      // Stops even a loop stuck inside WebAssembly; the promise only reports the exit code.
      void worker.terminate()
    },
  }
}
