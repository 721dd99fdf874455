import { secureHeaders } from 'hono/secure-headers'
import { SW_REGISTER_SCRIPT, VITALS_LOADER_SCRIPT } from '../render/render.ts'

const sha256 = (text: string) => `'sha256-${new Bun.CryptoHasher('sha256').update(text).digest('base64')}'`

/** 180 days. Subdomains only when the operator says all of them serve HTTPS: HSTS would lock out any that does not. */
export const hstsValue = (includeSubdomains: boolean) => `max-age=15552000${includeSubdomains ? '; includeSubDomains' : ''}`

/**
 * Powerful features no page here uses, off for every frame. Fullscreen and autoplay stay allowed for
 * this origin only (the browser's default, written out): the player may use them.
 */
export const PERMISSIONS_POLICY = {
  camera: [],
  microphone: [],
  geolocation: [],
  payment: [],
  usb: [],
  serial: [],
  hid: [],
  bluetooth: [],
  midi: [],
  displayCapture: [],
  accelerometer: [],
  gyroscope: [],
  magnetometer: [],
  fullscreen: ['self'],
  autoplay: ['self'],
} satisfies NonNullable<Parameters<typeof secureHeaders>[0]>['permissionsPolicy']

export type SecurityHeadersOptions = {
  /** TLS is known to be in front (TRUST_PROXY): only then is HSTS sent. */
  behindTls: boolean
  /** HSTS_INCLUDE_SUBDOMAINS */
  hstsIncludeSubdomains?: boolean
}

/**
 * Security headers for every response. Scripts: our own files plus the two inline scripts (the
 * worker registration, the vitals loader), allowed by their hashes (computed once here), so no
 * other inline script can run. Framing is refused by both headers that say so (CSP
 * `frame-ancestors 'none'`, and `X-Frame-Options: DENY` for browsers without CSP level 2): one
 * policy, never SAMEORIGIN beside 'none'.
 */
export const securityHeaders = ({ behindTls, hstsIncludeSubdomains = false }: SecurityHeadersOptions) =>
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
    // Over plain HTTP the header would be wrong (and browsers ignore it there anyway).
    strictTransportSecurity: behindTls ? hstsValue(hstsIncludeSubdomains) : false,
    xFrameOptions: 'DENY',
    permissionsPolicy: PERMISSIONS_POLICY,
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
