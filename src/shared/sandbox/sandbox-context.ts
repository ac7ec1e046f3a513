import { createContext, useContext } from 'react'
import type { ScenarioRuntime } from '../store'

export type SandboxStatus =
  | { status: 'loading' }
  | { status: 'ready'; runtime: ScenarioRuntime }
  | { status: 'error'; message: string }

export const SandboxContext = createContext<SandboxStatus>({ status: 'loading' })

/** The current scenario's sandbox: loading, ready (with runtime), or failed to load. */
export const useScenarioSandbox = (): SandboxStatus => useContext(SandboxContext)
