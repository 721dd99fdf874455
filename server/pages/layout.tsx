import type { ComponentChildren } from 'preact'
import { UPDATE_PROMPT_TEMPLATE_ID } from '../../sw/page/constants.ts'
import type { PageContext } from './context.ts'

/** The update prompt's one layout rule, kept beside its markup: fixed at the bottom, above the content. */
const UPDATE_PROMPT_STYLE =
  'position:fixed;left:1rem;right:1rem;bottom:1rem;z-index:20;display:flex;gap:1rem;align-items:center;justify-content:space-between;max-width:40rem;margin-inline:auto'

type LayoutProps = { ctx: PageContext; children: ComponentChildren }

/** The frame of every page: skip link, header with navigation, main, footer. */
export function Layout({ ctx, children }: LayoutProps) {
  const { t, session, path } = ctx
  const nav = [
    { href: '/', label: t.nav.create },
    { href: '/gallery', label: t.nav.gallery },
    ...(session
      ? [
          { href: '/videos', label: t.nav.myVideos },
          { href: '/assistant', label: t.nav.assistant },
          { href: '/account', label: t.nav.account },
        ]
      : [
          { href: '/login', label: t.nav.signIn },
          { href: '/signup', label: t.nav.signUp },
        ]),
  ]
  const isCurrent = (href: string) => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`))
  return (
    <>
      <a class="skip" href="#main">
        {t.nav.skip}
      </a>
      <header class="site-header">
        <div class="wrap header-row">
          <a class="brand" href="/" aria-label="Reelsmith">
            <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
              <rect width="32" height="32" rx="8" fill="currentColor" opacity=".15" />
              <path d="M12 9l12 7-12 7z" fill="currentColor" />
            </svg>
            Reelsmith
          </a>
          <nav aria-label={t.nav.main}>
            <ul class="nav">
              {nav.map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={isCurrent(item.href) ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" class="wrap">
        {children}
      </main>
      <footer class="site-footer">
        <div class="wrap">
          <p>{t.footer}</p>
        </div>
      </footer>
      {/* Shown by the worker client (sw/page/client.ts) only when a new version is waiting. */}
      <template id={UPDATE_PROMPT_TEMPLATE_ID}>
        <div class="card" role="status" style={UPDATE_PROMPT_STYLE}>
          <span>{t.update.available}</span>
          <button type="button" class="btn btn-primary">
            {t.update.reload}
          </button>
        </div>
      </template>
    </>
  )
}
