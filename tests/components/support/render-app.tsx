import { render, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { App } from '../../../src/app/app'

/** Renders the whole app at `hash`, in StrictMode like main.tsx does. */
export function renderApp(hash = '#/') {
  window.location.hash = hash
  return render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

/** The exercise page with the fake editor loaded and the fake data ready. */
export async function openExercise(id: string) {
  const view = renderApp(`#/exercise/${id}`)
  // The editor comes after the page's first paint; a busy machine takes more than the default 1 s.
  await screen.findByTestId('monaco', undefined, { timeout: 10_000 })
  return view
}
