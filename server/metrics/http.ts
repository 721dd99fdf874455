/**
 * HTTP metrics: requests and latency by method, route template and status class, response bytes,
 * requests in flight. server/http/request-record.ts records them, for the app and the front door.
 *
 * The hot path (`record`) is one `Map.get` by route plus array indexing: each (route, method,
 * status class) resolves its three children once, on first sight, and keeps them. Nothing is
 * allocated per request after that, and every label is bounded: methods fold into a fixed list
 * (a client can send any token as a method), status into five classes, routes into templates
 * with a `maxRoutes` cap whose excess is counted as `other`.
 */
import { OVERFLOW_LABEL, type CounterChild, type HistogramChild, type MetricRegistry } from './registry.ts'

/**
 * Latency buckets in ms: sub-millisecond for cached pages served from memory, up to 10 s for AI
 * calls in the request path. Ratios of 2-2.5 keep the quantile error within one such step.
 */
export const HTTP_DURATION_BUCKETS_MS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000] as const

/** Methods kept as labels; any other token is `OTHER`. */
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'OTHER'] as const
export const STATUS_CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const

const LABELS = ['method', 'route', 'status'] as const

const methodIndex = (method: string): number => {
  switch (method) {
    case 'GET':
      return 0
    case 'HEAD':
      return 1
    case 'POST':
      return 2
    case 'PUT':
      return 3
    case 'PATCH':
      return 4
    case 'DELETE':
      return 5
    case 'OPTIONS':
      return 6
    default:
      return 7
  }
}

/** 1xx → 0 … 5xx → 4; anything outside 100-599 is clamped rather than trusted. */
const statusClassIndex = (status: number): number => Math.min(4, Math.max(0, Math.floor(status / 100) - 1))

interface Slot {
  requests: CounterChild
  duration: HistogramChild
  bytes: CounterChild
}

export interface HttpMetricsOptions {
  /** Route templates kept as labels before the rest count as `other`. @default 100 */
  maxRoutes?: number
  /** @default HTTP_DURATION_BUCKETS_MS */
  durationBucketsMs?: readonly number[]
}

export type HttpMetrics = ReturnType<typeof createHttpMetrics>

/**
 * Registers the HTTP metric set on `registry`.
 *
 * @example
 * const http = createHttpMetrics(registry)
 * app.use(createRequestRecord({ logger, monitor: createRequestMonitor({ http, logger, slowRequestMs }) }).middleware)
 */
export const createHttpMetrics = (registry: MetricRegistry, options: HttpMetricsOptions = {}) => {
  const maxRoutes = options.maxRoutes ?? 100
  if (!Number.isInteger(maxRoutes) || maxRoutes < 1) throw new TypeError('maxRoutes must be an integer >= 1')
  // A route rarely sees more than a few (method, class) pairs; the registry's own cap is the backstop.
  const maxSeries = maxRoutes * 8
  const requests = registry.counter({
    name: 'reelsmith_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status class.',
    labelNames: LABELS,
    maxSeries,
  })
  const duration = registry.histogram({
    name: 'reelsmith_http_request_duration_seconds',
    help: 'Time from the request reaching the app to its response headers, by method, route template and status class.',
    labelNames: LABELS,
    maxSeries,
    buckets: options.durationBucketsMs ?? HTTP_DURATION_BUCKETS_MS,
    unitsPerExposed: 1000,
  })
  const responseBytes = registry.counter({
    name: 'reelsmith_http_response_size_bytes_total',
    help: 'Bytes of response bodies that declared Content-Length, by method, route template and status class.',
    labelNames: LABELS,
    maxSeries,
  })
  const unsized = registry
    .counter({
      name: 'reelsmith_http_responses_unsized_total',
      help: 'Responses without Content-Length (streams, SSE): not in reelsmith_http_response_size_bytes_total.',
    })
    .labels()
  const inFlight = registry
    .gauge({ name: 'reelsmith_http_requests_in_flight', help: 'Requests received whose response headers are not sent yet.' })
    .labels()

  const slotsByRoute = new Map<string, (Slot | undefined)[]>()
  const slotsFor = (route: string) => {
    let slots = slotsByRoute.get(route)
    if (slots === undefined) {
      if (slotsByRoute.size >= maxRoutes && route !== OVERFLOW_LABEL) return slotsFor(OVERFLOW_LABEL)
      slotsByRoute.set(route, (slots = new Array(HTTP_METHODS.length * STATUS_CLASSES.length)))
    }
    return slots
  }

  return {
    requests,
    duration,
    responseBytes,
    inFlight,
    /**
     * One finished request. O(1); allocation-free once this (route, method, class) was seen.
     * @param bytes the body size when known (Content-Length), else null (counted as unsized)
     */
    record(method: string, route: string, status: number, durationMs: number, bytes: number | null): void {
      const slots = slotsFor(route)
      const methodAt = methodIndex(method)
      const classAt = statusClassIndex(status)
      const index = methodAt * STATUS_CLASSES.length + classAt
      let slot = slots[index]
      if (slot === undefined) {
        // The label is the kept key, not the caller's string: an overflowed route is `other`.
        const label = slots === slotsByRoute.get(route) ? route : OVERFLOW_LABEL
        const values = [HTTP_METHODS[methodAt]!, label, STATUS_CLASSES[classAt]!] as const
        slot = slots[index] = {
          requests: requests.labels(...values),
          duration: duration.labels(...values),
          bytes: responseBytes.labels(...values),
        }
      }
      slot.requests.value++
      slot.duration.observe(durationMs)
      if (bytes !== null && bytes >= 0) slot.bytes.value += bytes
      else unsized.value++
    },
  }
}

/** Content-Length as a number, or null when the response does not declare it (a stream). */
export const declaredLength = (response: Response): number | null => {
  const header = response.headers.get('content-length')
  if (header === null) return null
  const length = Number(header)
  return Number.isFinite(length) && length >= 0 ? length : null
}
