/**
 * Names the document shell (server/render/vitals-tags.ts) and the browser's vitals code share.
 *
 * A page that reports vitals carries, in its `<head>`:
 *   <meta name="rs-vitals" content="/videos/:id" data-src="/assets/vitals-HASH.js" data-rate="1">
 * `content` is the page's route TEMPLATE (what the report names, never the URL), `data-src` the
 * hashed vitals module, `data-rate` the share of page views that load it (RUM_SAMPLE_RATE).
 */
export const VITALS_META_NAME = 'rs-vitals'

/** Where reports go (server/api/metrics.ts). */
export const VITALS_ENDPOINT = '/api/rum'
