/**
 * Response headers for a poster served at its content-hashed URL. The bytes at that URL never change,
 * hence `immutable`; a private video's posters are cached by the browser only (`private`), never by a
 * shared cache. The CSP forbids anything active, should a poster ever be opened as a document.
 */
export const posterHeaders = (visibility: 'public' | 'private'): Record<string, string> => ({
  'content-type': 'image/svg+xml; charset=utf-8',
  'cache-control': `${visibility}, max-age=31536000, immutable`,
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  'x-content-type-options': 'nosniff',
})
