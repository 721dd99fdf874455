/**
 * The app's page routes and cached routes, declared once, as data. From this table app.tsx mounts
 * each page cache (`app.use(template, httpCache(...))`), the front door builds its path matchers,
 * and metrics and web vitals take their page route labels (PAGE_ROUTES). The handlers themselves
 * stay with their pages (server/pages/) and resources (server/api/); `server/routes.test.ts` fails
 * when a page is mounted but missing here, or listed here but not mounted.
 */
import type { Context } from 'hono'
import { VIDEO_ID_SOURCE } from '../shared/ids.ts'
import { isTemplateId } from '../shared/templates.ts'
import { pageQuery } from './api/videos.ts'
import { schemaParam, type HttpCacheOptions } from './cache/index.ts'
import { pickEncoding } from './http/negotiate.ts'
import { ALL_ENCODINGS, PAGE_VARY } from './http/page-response.ts'
import { negotiateLanguage } from './i18n/index.ts'
import { pageNumber } from './pages/lists.tsx'
import { GALLERY_TAG, videoTag } from './services/videos.ts'

/** How a route's responses are kept: httpCache's options, less what the app supplies (store, budget). */
export type CachePolicy = Omit<HttpCacheOptions, 'store' | 'mayStore'> & { tags: (c: Context) => readonly string[] }

export type RouteDeclaration = {
  /** Hono's template, as mounted and as metrics label it. */
  readonly template: string
  /** An HTML page: it reports its web vitals under its template. */
  readonly page?: true
  /** What each `:param` may be, as a regular expression source; the front door matches with it. @default one segment */
  readonly params?: Readonly<Record<string, string>>
  /** Anonymous responses kept in the page cache, and fresh ones answered by the front door. */
  readonly cache?: CachePolicy
}

/**
 * Anonymous pages: browsers revalidate every use (max-age 0) while the server keeps them a minute
 * and serves them 5 minutes stale during a refresh. They differ by encoding and language only.
 */
const PAGE_CACHE = {
  maxAge: 0,
  ttl: 60,
  staleWhileRevalidate: 300,
  scope: 'public',
  vary: PAGE_VARY,
  // Keyed on what a page really depends on: the encoding page-response.ts will pick and the
  // language pages/context.ts will, not the raw header strings (en-US,en;q=0.9 and en: one entry).
  varyKey: { 'Accept-Encoding': (value: string | null) => pickEncoding(value, ALL_ENCODINGS), 'Accept-Language': negotiateLanguage },
} as const

const galleryTags = () => [GALLERY_TAG]

/**
 * Each cache keys only on the query parameters its route reads (any other one: not cached). The
 * home page reads its draft (`?prompt=…`, carried back through sign-up) but is never keyed on it.
 */
export const ROUTES: readonly RouteDeclaration[] = [
  {
    template: '/',
    page: true,
    // A template link (`/?template=product-ad`) is a handful of pages, the same for everyone.
    cache: { name: 'home', ...PAGE_CACHE, tags: galleryTags, query: { template: (value) => (isTemplateId(value) ? value : undefined) } },
  },
  {
    template: '/gallery',
    page: true,
    cache: { name: 'gallery', ...PAGE_CACHE, tags: galleryTags, query: { page: (value) => String(pageNumber(value)) } },
  },
  { template: '/videos', page: true },
  {
    template: '/videos/:id',
    page: true,
    params: { id: VIDEO_ID_SOURCE },
    cache: { name: 'video-page', ...PAGE_CACHE, tags: (c) => [videoTag(c.req.param('id') ?? '')] },
  },
  { template: '/assistant', page: true },
  { template: '/account', page: true },
  { template: '/login', page: true },
  { template: '/signup', page: true },
  { template: '/admin/metrics', page: true },
  {
    template: '/api/videos/public',
    cache: {
      name: 'public-videos',
      maxAge: 30,
      ttl: 60,
      staleWhileRevalidate: 300,
      scope: 'public',
      tags: galleryTags,
      query: { page: schemaParam(pageQuery.shape.page), pageSize: schemaParam(pageQuery.shape.pageSize) },
    },
  },
]

/**
 * The page route templates, as metrics and vitals name them (never raw URLs: label cardinality
 * stays bounded however many ids are requested).
 */
export const PAGE_ROUTES: readonly string[] = ROUTES.filter((route) => route.page).map((route) => route.template)

/** The routes the page cache (and so the front door) serves, in the order they are mounted. */
export const CACHED_ROUTES = ROUTES.filter((route): route is RouteDeclaration & { cache: CachePolicy } => route.cache !== undefined)
