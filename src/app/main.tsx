import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, preloadRoute } from './app'
import { parseRoute } from '../ui/router'
import { startTheme } from '../ui/theme'
import { appStore } from '../store'
import './styles/global.css'

startTheme()
// A mock loop that was running when the page closed keeps its clock, whatever page opens now.
appStore.getState().resumeMock()
preloadRoute(parseRoute(window.location.hash))

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
