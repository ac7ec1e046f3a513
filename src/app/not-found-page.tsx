import { usePageMeta } from '../ui/page-meta'
import { homeHref } from '../ui/router'

export function NotFoundPage() {
  const heading = usePageMeta('Page not found')
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Page not found
      </h1>
      <p>There is no page at this address. It may have moved, or the link has a typo.</p>
      <p>
        <a href={homeHref()}>Go to the home page</a>
      </p>
    </>
  )
}
