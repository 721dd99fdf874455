/**
 * Which requests each route handles, as small named predicates over the URL and the request.
 * Every route also requires a same-origin URL (sw/routes.ts): nothing cross-origin is ever cached.
 */
type RequestLike = Pick<Request, 'mode' | 'headers'>

const accepts = (request: RequestLike, type: string) => (request.headers.get('Accept') ?? '').includes(type)

/** Hashed build output (/assets/name-HASH.js|css): immutable. */
export const isStaticAsset = (url: URL) => url.pathname.startsWith('/assets/')

/** Scene posters (/posters/:videoId/:position-:hash.svg). */
export const isPoster = (url: URL) => url.pathname.startsWith('/posters/')

/** Narration clips (/audio/:hash.wav). */
export const isNarrationClip = (url: URL) => url.pathname.startsWith('/audio/')

/**
 * API reads, except event streams (by Accept, or by path for requests that do not say, like the
 * first page's warm-up): a stream held by the worker would never deliver progress.
 */
export const isApiRead = (url: URL, request: RequestLike) =>
  url.pathname.startsWith('/api/') && !url.pathname.endsWith('/events') && !accepts(request, 'text/event-stream')

/** Sign-in, sign-up and sign-out, as pages and as API calls. */
const AUTH_PATH = /^\/(api\/auth\/)?(login|signup|logout)$/
const isAuthPath = (url: URL) => AUTH_PATH.test(url.pathname)

/**
 * A page: a navigation, or a fetch asking for HTML (the worker's own warm-up of the first page,
 * which cannot be a navigation). Not the sign-in forms: they set a fresh pre-session CSRF cookie,
 * which a worker cannot see, and they are of no use offline.
 */
export const isPage = (url: URL, request: RequestLike) =>
  (request.mode === 'navigate' || accepts(request, 'text/html')) && !isAuthPath(url) && !url.pathname.startsWith('/api/')

/** Posts that change who is signed in: what the previous person left in the caches must go. */
export const isAuthChange = isAuthPath

/** The create form on the home page (POST /videos, a navigation). */
export const isCreateForm = (url: URL, request: RequestLike) => url.pathname === '/videos' && request.mode === 'navigate'

/** The JSON create call (POST /api/videos). */
export const isCreateApi = (url: URL) => url.pathname === '/api/videos'

/** Any other form post: it needs the network, and without one it shows the offline page. */
export const isFormPost = (_url: URL, request: RequestLike) => request.mode === 'navigate'
