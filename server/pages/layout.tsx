import type { ComponentChildren } from 'preact'

export type NavItem = { href: string; label: string }

export const MAIN_NAV: NavItem[] = [
  { href: '/', label: 'Create' },
  { href: '/gallery', label: 'Gallery' },
  { href: '/videos', label: 'My videos' },
  { href: '/assistant', label: 'Assistant' },
]

type LayoutProps = { current?: string; children: ComponentChildren }

/** The frame of every page: skip link, header with navigation, main, footer. */
export function Layout({ current, children }: LayoutProps) {
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <div class="wrap header-row">
          <a class="brand" href="/" aria-label="Reelsmith home">
            <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
              <rect width="32" height="32" rx="8" fill="currentColor" opacity=".15" />
              <path d="M12 9l12 7-12 7z" fill="currentColor" />
            </svg>
            Reelsmith
          </a>
          <nav aria-label="Main">
            <ul class="nav">
              {MAIN_NAV.map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={item.href === current ? 'page' : undefined}>
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
          <p>Reelsmith turns an idea into a storyboard video. One binary, no tracking.</p>
        </div>
      </footer>
    </>
  )
}
