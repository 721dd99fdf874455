import type { Page, Request } from 'playwright-core'

/**
 * Collects everything on a page that a user would call "broken": `console.error` calls (which
 * include failed resource loads and CSP violations) and uncaught exceptions. A test ends with
 * `expect(pageErrors.errors).toEqual([])` so the failure lists them all.
 */
export const collectPageErrors = (page: Page) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const { url, lineNumber } = message.location()
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`)
  })
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`))
  return { errors }
}

/**
 * Records the URLs the page itself requests (documents, scripts, styles, fetches, including those a
 * service worker answers), in order. A service worker's own fetches (precaching) are not the
 * page's and are not recorded: they are reported on the browser context, not the page.
 */
export const recordRequests = (page: Page) => {
  const urls: string[] = []
  const onRequest = (request: Request) => urls.push(request.url())
  page.on('request', onRequest)
  return {
    urls,
    /** Has the page requested this path (any origin, any query)? */
    requested: (path: string) => urls.some((url) => new URL(url).pathname === path),
    stop: () => page.off('request', onRequest),
  }
}
