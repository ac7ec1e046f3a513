import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, preloadRoute } from './app'
import { parseRoute } from '../ui/router'
import { startTheme } from '../ui/theme'
import './styles/global.css'

startTheme()
preloadRoute(parseRoute(window.location.hash))

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
