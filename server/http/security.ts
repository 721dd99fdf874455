import { secureHeaders } from 'hono/secure-headers'
import { SW_REGISTER_SCRIPT, VITALS_LOADER_SCRIPT } from '../render/render.ts'

const sha256 = (text: string) => `'sha256-${new Bun.CryptoHasher('sha256').update(text).digest('base64')}'`

/**
 * Security headers for every response. Scripts: our own files plus the two inline scripts (the
 * worker registration, the vitals loader), allowed by their hashes (computed once here), so no
 * other inline script can run.
 */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", sha256(SW_REGISTER_SCRIPT), sha256(VITALS_LOADER_SCRIPT)],
      // The offline page carries its own small <style>: it must render with no other file.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      mediaSrc: ["'self'", 'blob:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'strict-origin-when-cross-origin',
    // A route that sets a stricter header keeps it: posters carry `default-src 'none'; sandbox`.
    overwrite: false,
  })

/**
 * For static files, served before the per-request security middleware runs: they are never
 * documents, so only these matter (and the worker script needs its scope kept to this origin).
 */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}
