/**
 * Response headers for a poster served at its content-hashed URL. The bytes at that URL never change,
 * so a public video's posters are `immutable`, for shared caches too. A private video's are the
 * person's: `private, no-cache`, so the browser asks again (a 304 by ETag, after the server has
 * checked who is asking) and a copy never outlives the session in a shared browser. The CSP forbids
 * anything active, should a poster ever be opened as a document.
 */
export const posterHeaders = (visibility: 'public' | 'private'): Record<string, string> => ({
  'content-type': 'image/svg+xml; charset=utf-8',
  'cache-control': visibility === 'public' ? 'public, max-age=31536000, immutable' : 'private, no-cache',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  'x-content-type-options': 'nosniff',
})
