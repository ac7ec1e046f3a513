import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, preloadRoute } from './app'
import { parseRoute } from '../ui/router'
import { appStore } from '../store'
import { startTheme } from '../ui/theme'
import './styles/global.css'

startTheme()
const firstRoute = parseRoute(window.location.hash)
preloadRoute(firstRoute)
// A cold visit straight to an exercise starts its sandbox (datasets, Pyodide) now, alongside the
// page's code, instead of after the page has rendered.
if (firstRoute.name === 'exercise') appStore.getState().warmExercise(firstRoute.exerciseId)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
