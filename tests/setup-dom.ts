import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy*/waitFor poll until what they wait for appears. Their default cap of 1 s is shorter
// than a lazy route's first import takes on a busy 2-core machine, so a test would fail on
// the clock rather than on behaviour; the cap is raised to well inside the test timeout.
configure({ asyncUtilTimeout: 60_000 })

afterEach(() => {
  cleanup()
  localStorage.clear()
})
