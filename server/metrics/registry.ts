/**
 * Counters, gauges and histograms with labels, built for a hot path:
 *
 * - `metric.labels('GET', '/videos/:id', '2xx')` resolves a label set ONCE to a child you keep;
 *   recording on a child is a field update (a histogram adds a short bucket scan): O(1), nothing
 *   allocated. Resolving again walks one `Map` per label and allocates nothing either once the
 *   series exists.
 * - Every labelled metric declares `maxSeries`. Past it, new label sets all land in ONE overflow
 *   series whose every label is `other`, and the registry warns once per metric: a bug (a raw URL
 *   or an id passed as a label) can never grow memory or the scrape without bound.
 *
 * Values are plain numbers: a counter is exact up to 2^53, centuries of traffic.
 */
import type { Logger } from '../log.ts'
import { checkBuckets, histogramQuantile } from './quantile.ts'

/** The label value of the overflow series, and of anything folded on purpose (methods, routes). */
export const OVERFLOW_LABEL = 'other'

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/

export class CounterChild {
  value = 0
  /** @throws RangeError on a negative or NaN increment: a counter only goes up. */
  inc(by = 1): void {
    if (!(by >= 0)) throw new RangeError(`counter increment must be >= 0, got ${by}`)
    this.value += by
  }
}

export class GaugeChild {
  value = 0
  set(value: number): void {
    this.value = value
  }
  inc(by = 1): void {
    this.value += by
  }
  dec(by = 1): void {
    this.value -= by
  }
}

export class HistogramChild {
  /** Per-bucket counts (not cumulative); the last slot is the +Inf bucket. */
  readonly counts: Float64Array
  sum = 0
  count = 0
  constructor(readonly bounds: Float64Array) {
    this.counts = new Float64Array(bounds.length + 1)
  }
  /** NaN is dropped: it would poison the sum forever. */
  observe(value: number): void {
    if (Number.isNaN(value)) return
    const bounds = this.bounds
    let bucket = 0
    // `le` buckets: a value equal to a bound belongs to that bound's bucket. A dozen or so bounds
    // make a linear scan cheaper than a binary search's branches.
    while (bucket < bounds.length && value > bounds[bucket]!) bucket++
    this.counts[bucket]!++
    this.sum += value
    this.count++
  }
  quantile(q: number): number {
    return histogramQuantile(q, this.bounds, this.counts)
  }
}

export type MetricType = 'counter' | 'gauge' | 'histogram'
/** One string per label name, in order: `labels(...)` is checked against `labelNames` by the compiler. */
export type LabelValues<N extends readonly string[]> = { [K in keyof N]: string }

export interface Series<C> {
  readonly labelValues: readonly string[]
  readonly child: C
}

export interface MetricOptions<N extends readonly string[]> {
  /** `[a-zA-Z_:][a-zA-Z0-9_:]*`; counters end in `_total` by convention. */
  name: string
  help: string
  labelNames?: N
  /** Required with labels: the most label sets kept before folding into the `other` series. */
  maxSeries?: number
}

export interface HistogramOptions<N extends readonly string[]> extends MetricOptions<N> {
  /** Upper bounds (`le`), strictly increasing, without +Inf. */
  buckets: readonly number[]
  /**
   * Observations are in this many exposed units: 1000 for a histogram observed in ms but named
   * `_seconds`, so Prometheus sees base units while the hot path and the dashboard keep ms.
   * @default 1
   */
  unitsPerExposed?: number
}

/** What the registry is told when a metric first overflows. */
type OverflowListener = (metric: { readonly name: string; readonly maxSeries: number; readonly labelNames: readonly string[] }) => void

/** One metric and its series. Shared shape of counters, gauges and histograms. */
export class Metric<C, N extends readonly string[] = readonly string[]> {
  readonly labelNames: readonly string[]
  readonly maxSeries: number
  /** Label sets that arrived after `maxSeries` was reached (each went to the `other` series). */
  overflowCount = 0
  #series: Series<C>[] = []
  /** label value → (next label's map | child); one level per label. */
  #tree = new Map<string, unknown>()
  #overflow: C | undefined
  /** Series created for real label sets (the overflow series not included). */
  #created = 0
  #single: C | undefined
  #create: () => C
  #onFirstOverflow: OverflowListener

  constructor(
    readonly type: MetricType,
    readonly name: string,
    readonly help: string,
    options: MetricOptions<N>,
    create: () => C,
    onFirstOverflow: OverflowListener,
  ) {
    if (!METRIC_NAME.test(name)) throw new TypeError(`invalid metric name "${name}"`)
    const labelNames = options.labelNames ?? []
    for (const label of labelNames) {
      if (!LABEL_NAME.test(label) || label.startsWith('__')) throw new TypeError(`${name}: invalid label name "${label}"`)
      if (type === 'histogram' && label === 'le') throw new TypeError(`${name}: "le" is reserved for histogram buckets`)
    }
    if (new Set(labelNames).size !== labelNames.length) throw new TypeError(`${name}: duplicate label names`)
    if (labelNames.length > 0 && !(Number.isInteger(options.maxSeries) && options.maxSeries! >= 1)) {
      throw new TypeError(`${name}: a metric with labels needs maxSeries (an integer >= 1)`)
    }
    this.labelNames = labelNames
    this.maxSeries = labelNames.length === 0 ? 1 : options.maxSeries!
    this.#create = create
    this.#onFirstOverflow = onFirstOverflow
    if (labelNames.length === 0) {
      this.#single = create()
      this.#series.push({ labelValues: [], child: this.#single })
    }
  }

  /**
   * The child for these label values, created on first use. Keep it: recording on a kept child is
   * the cheapest path. Past `maxSeries`, an unseen label set gets the shared `other` child.
   */
  labels(...values: LabelValues<N>): C {
    const arity = this.labelNames.length
    if (values.length !== arity) throw new TypeError(`${this.name}: expected ${arity} label values, got ${values.length}`)
    if (arity === 0) return this.#single!
    return this.#find(values) ?? this.#add(values)
  }

  /**
   * Drops every labelled series, so none is exported until set again (a gauge only one replica
   * exports). An unlabelled metric keeps its one series.
   */
  clear(): void {
    if (this.labelNames.length === 0) return
    this.#series = []
    this.#tree = new Map()
    this.#created = 0
    this.#overflow = undefined
  }

  /** Every series, oldest first; the overflow series, once it exists, is the last. A live view: do not mutate. */
  series(): readonly Series<C>[] {
    return this.#series
  }

  #find(values: readonly string[]): C | undefined {
    let node = this.#tree
    for (let i = 0; i < values.length - 1; i++) {
      const next = node.get(values[i]!) as Map<string, unknown> | undefined
      if (next === undefined) return undefined
      node = next
    }
    return node.get(values[values.length - 1]!) as C | undefined
  }

  #add(values: readonly string[]): C {
    if (this.#created < this.maxSeries) {
      this.#created++
      return this.#insert(values)
    }
    // Full: no series is created past this point, so the overflow one stays last.
    this.overflowCount++
    if (this.#overflow === undefined) {
      const otherValues = this.labelNames.map(() => OVERFLOW_LABEL)
      // Kept in the tree too, so a label set that is literally all `other` finds it: never two series with one name.
      this.#overflow = this.#find(otherValues) ?? this.#insert(otherValues)
      this.#onFirstOverflow(this)
    }
    return this.#overflow
  }

  #insert(values: readonly string[]): C {
    let node = this.#tree
    for (let i = 0; i < values.length - 1; i++) {
      let next = node.get(values[i]!) as Map<string, unknown> | undefined
      if (next === undefined) node.set(values[i]!, (next = new Map()))
      node = next
    }
    const child = this.#create()
    node.set(values[values.length - 1]!, child)
    this.#series.push({ labelValues: [...values], child })
    return child
  }
}

export class Histogram<N extends readonly string[] = readonly string[]> extends Metric<HistogramChild, N> {
  readonly bounds: Float64Array
  readonly unitsPerExposed: number
  constructor(options: HistogramOptions<N>, onFirstOverflow: OverflowListener) {
    const bounds = checkBuckets(options.buckets, options.name)
    super('histogram', options.name, options.help, options, () => new HistogramChild(bounds), onFirstOverflow)
    this.bounds = bounds
    this.unitsPerExposed = options.unitsPerExposed ?? 1
    if (!(this.unitsPerExposed > 0)) throw new TypeError(`${options.name}: unitsPerExposed must be > 0`)
  }
}

export type Counter<N extends readonly string[] = readonly string[]> = Metric<CounterChild, N>
export type Gauge<N extends readonly string[] = readonly string[]> = Metric<GaugeChild, N>
export type AnyMetric = Metric<CounterChild> | Metric<GaugeChild> | Histogram

export interface RegistryOptions {
  /** Told once per metric when it first overflows `maxSeries`. @default silent */
  logger?: Logger
}

/**
 * The set of metrics one process exposes. Not a singleton: `createApp` receives one, tests make
 * their own.
 *
 * @example
 * const registry = createRegistry({ logger })
 * const requests = registry.counter({ name: 'reelsmith_http_requests_total', help: 'Requests.', labelNames: ['route'], maxSeries: 100 })
 * const videoPage = requests.labels('/videos/:id') // resolve once…
 * videoPage.inc() // …record for free
 */
export class MetricRegistry {
  #metrics = new Map<string, AnyMetric>()
  #collectHooks: (() => void)[] = []
  #logger: Logger | undefined

  constructor(options: RegistryOptions = {}) {
    this.#logger = options.logger
  }

  counter<const N extends readonly string[] = []>(options: MetricOptions<N>): Counter<N> {
    return this.#register(new Metric('counter', options.name, options.help, options, () => new CounterChild(), this.#warnOverflow))
  }

  /** `collect` runs before every read (scrape, sample): for values that are cheaper to read than to track. */
  gauge<const N extends readonly string[] = []>(options: MetricOptions<N> & { collect?: (gauge: Gauge<N>) => void }): Gauge<N> {
    const gauge = this.#register(new Metric('gauge', options.name, options.help, options, () => new GaugeChild(), this.#warnOverflow))
    const collect = options.collect
    if (collect) this.#collectHooks.push(() => collect(gauge))
    return gauge
  }

  histogram<const N extends readonly string[] = []>(options: HistogramOptions<N>): Histogram<N> {
    return this.#register(new Histogram(options, this.#warnOverflow))
  }

  /** Runs `hook` before every `collect()`: refresh gauges from their source. */
  onCollect(hook: () => void): void {
    this.#collectHooks.push(hook)
  }

  /** Refreshes collected gauges, then returns every metric in registration order. */
  collect(): readonly AnyMetric[] {
    for (const hook of this.#collectHooks) hook()
    return [...this.#metrics.values()]
  }

  get(name: string): AnyMetric | undefined {
    return this.#metrics.get(name)
  }

  #register<M extends { readonly name: string }>(metric: M): M {
    if (this.#metrics.has(metric.name)) throw new TypeError(`metric "${metric.name}" is already registered`)
    this.#metrics.set(metric.name, metric as unknown as AnyMetric)
    return metric
  }

  #warnOverflow: OverflowListener = (metric) => {
    this.#logger?.warn('metric label sets exceed maxSeries: new ones are counted under "other"', {
      metric: metric.name,
      maxSeries: metric.maxSeries,
      labelNames: metric.labelNames,
    })
  }
}

export const createRegistry = (options: RegistryOptions = {}): MetricRegistry => new MetricRegistry(options)
