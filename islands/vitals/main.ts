/**
 * The vitals module: not an island and not on the critical path. The page's inline loader
 * (loader-script.ts) imports it once the page is idle, for sampled page views only; it has its
 * own size budget (scripts/budgets.ts, `vitalsGzip`).
 */
import { onCLS, onFCP, onINP, onLCP, onTTFB } from 'web-vitals'
import { VITALS_ENDPOINT, VITALS_META_NAME } from './constants.ts'
import { beacon, startVitalsReporting } from './report.ts'

const route = document.querySelector<HTMLMetaElement>(`meta[name="${VITALS_META_NAME}"]`)?.content
if (route) startVitalsReporting({ route, measures: [onLCP, onINP, onCLS, onFCP, onTTFB], send: beacon(VITALS_ENDPOINT) })
