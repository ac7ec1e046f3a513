import type { MouseEvent, ReactNode } from 'react'
import { PRODUCT_NAME } from '../ui/page-meta'
import { homeHref, mockHomeHref, progressHref, useRoute } from '../ui/router'
import { setThemeChoice, useTheme, type ThemeChoice } from '../ui/theme'
import { useNow } from '../ui/use-now'
import { countDueReviews, useAppStore } from '../store'
import { ShortcutSheet, useShortcutSheet } from './shortcut-sheet'

/**
 * The skip link cannot be a plain `#main` link: the hash is the router's, so it would
 * navigate away. It moves focus to <main> itself instead.
 */
const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
  event.preventDefault()
  document.getElementById('main')?.focus()
}

function ThemeSelect() {
  const { choice } = useTheme()
  return (
    <label className="theme-select">
      Theme{' '}
      <select value={choice} onChange={(event) => setThemeChoice(event.target.value as ThemeChoice)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  )
}

/** How many review items are due: shown on the Progress link, where the queue is. */
function DueBadge() {
  const now = useNow()
  const due = useAppStore((state) => countDueReviews(state.reviews, now))
  if (due === 0) return null
  return <span className="badge">{due} due</span>
}

export function Layout({ children }: { children: ReactNode }) {
  const route = useRoute()
  const sheet = useShortcutSheet()
  const current = (...names: string[]) => (names.includes(route.name) ? ('page' as const) : undefined)
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="site-header">
        <a className="brand" href={homeHref()}>
          {PRODUCT_NAME}
        </a>
        <nav aria-label="Main" className="site-nav">
          <a href={homeHref()} aria-current={current('home')}>
            Home
          </a>
          <a href={mockHomeHref()} aria-current={current('mock-home', 'mock', 'mock-report')}>
            Mock interview
          </a>
          <a href={progressHref()} aria-current={current('progress')}>
            Progress <DueBadge />
          </a>
        </nav>
        <div className="site-tools">
          <ThemeSelect />
          <button type="button" className="button-quiet" onClick={sheet.show} aria-keyshortcuts="?">
            Shortcuts
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>Everything runs in your browser. Progress and drafts are saved on this device only.</p>
      </footer>
      {sheet.open && <ShortcutSheet onClose={sheet.hide} />}
    </>
  )
}
