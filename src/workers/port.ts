/**
 * The little a sandbox client needs from the thing that runs its engine: a browser Web
 * Worker or a Node worker thread. The SQL and Python sandboxes each speak their own
 * protocol over it (`Req` requests, `Res` responses).
 */
export interface Port<Req, Res> {
  post(request: Req): void
  onMessage(listener: (response: Res) => void): void
  /** Called when the worker fails or exits without being asked to. */
  onError(listener: (error: Error) => void): void
  terminate(): void
}

/**
 * A module Web Worker as a Port. The caller creates the Worker itself, because Vite bundles
 * a worker only from the literal `new Worker(new URL('./x.worker.ts', import.meta.url))` form.
 * @param name used in error messages: "the SQL worker failed".
 */
export function webWorkerPort<Req, Res>(worker: Worker, name: string): Port<Req, Res> {
  return {
    post: (request) => worker.postMessage(request),
    onMessage(listener) {
      worker.addEventListener('message', (event: MessageEvent<Res>) => listener(event.data))
    },
    onError(listener) {
      worker.addEventListener('error', (event: ErrorEvent) => {
        event.preventDefault() // reported through the failed request instead of the console
        listener(new Error(event.message || `the ${name} worker failed`))
      })
      worker.addEventListener('messageerror', () => listener(new Error(`a message from the ${name} worker could not be read`)))
    },
    terminate: () => worker.terminate(),
  }
}
