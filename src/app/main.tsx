import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, preloadRoute } from './app'
import { parseRoute } from '../ui/router'
import { appStore } from '../store'
import { startTheme } from '../ui/theme'
import './styles/global.css'

startTheme()
// A mock loop that was running when the page closed keeps its clock, whatever page opens now.
appStore.getState().resumeMock()
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
