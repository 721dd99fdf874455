import { VITALS_META_NAME } from '../../islands/vitals/constants.ts'
import { VITALS_LOADER_SCRIPT } from '../../islands/vitals/loader-script.ts'
import { escapeHtml } from './escape.ts'
import type { ChunkRef } from './manifest.ts'

export { VITALS_LOADER_SCRIPT }

export type VitalsTags = {
  /** For the `<head>`: the route template, the module's URL and the sample rate. */
  meta: (route: string) => string
  /** Before `</body>`: the inline loader (allowed by its hash in http/security.ts). */
  loader: string
}

/**
 * The two tags that make a page report its web vitals, or undefined when pages report none (no
 * vitals module in the build, or RUM_SAMPLE_RATE=0). Everything but the route is fixed per build,
 * so it is concatenated once here.
 *
 * @example
 * const vitals = vitalsTags(manifest.vitals, 0.5)
 * head += vitals?.meta('/videos/:id') ?? ''
 */
export const vitalsTags = (chunk: ChunkRef | undefined, sampleRate: number): VitalsTags | undefined => {
  if (!(sampleRate >= 0 && sampleRate <= 1)) throw new RangeError(`the vitals sample rate must be between 0 and 1, got ${sampleRate}`)
  if (!chunk || sampleRate === 0) return undefined
  const rest = `" data-src="${escapeHtml(chunk.src)}" data-rate="${sampleRate}">`
  return {
    meta: (route) => `<meta name="${VITALS_META_NAME}" content="${escapeHtml(route)}${rest}`,
    loader: `<script>${VITALS_LOADER_SCRIPT}</script>`,
  }
}
