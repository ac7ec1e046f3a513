import type { MouseEvent, ReactNode } from 'react'
import { PRODUCT_NAME } from '../ui/page-meta'
import { homeHref } from '../ui/router'

/**
 * The skip link cannot be a plain `#main` link: the hash is the router's, so it would
 * navigate away. It moves focus to <main> itself instead.
 */
const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
  event.preventDefault()
  document.getElementById('main')?.focus()
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="site-header">
        <a className="brand" href={homeHref()}>
          {PRODUCT_NAME}
        </a>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>Everything runs in your browser. Progress and drafts are saved on this device only.</p>
      </footer>
    </>
  )
}
