/**
 * Quantiles from bucket counts, the way Prometheus' `histogram_quantile` computes them: find the
 * bucket where the rank falls, then interpolate linearly inside it, as if its observations were
 * spread evenly between its bounds. The estimate is therefore exact for values uniform within each
 * bucket and, in any case, never leaves the bucket that holds the true quantile: its error is at
 * most that bucket's width. Choose bucket bounds where precision matters (the SLO, the "good"
 * threshold of a web vital).
 *
 * `counts` are per bucket (NOT cumulative) and have one more slot than `bounds`: the last slot is
 * the +Inf bucket. This is the layout `HistogramChild` keeps, so no conversion runs per query.
 */

/**
 * The `q`-quantile (0 ≤ q ≤ 1) of the observations counted in `counts`.
 *
 * - no observations → NaN (there is no latency to report, not a latency of 0);
 * - q < 0 → -Infinity, q > 1 → +Infinity (as Prometheus);
 * - rank in the first bucket → interpolated from 0 (from its bound if that is ≤ 0);
 * - rank in the +Inf bucket → the highest finite bound (all we know is "more than that").
 */
export const histogramQuantile = (q: number, bounds: ArrayLike<number>, counts: ArrayLike<number>): number => {
  if (Number.isNaN(q)) return NaN
  if (q < 0) return -Infinity
  if (q > 1) return Infinity
  const finite = bounds.length
  let total = 0
  for (let i = 0; i <= finite; i++) total += counts[i]!
  if (total === 0) return NaN

  const rank = q * total
  let below = 0
  let bucket = 0
  // The first non-empty bucket whose cumulative count reaches the rank (skipping empty buckets
  // keeps q = 0 at the lowest observation's bucket instead of dividing 0 by 0).
  for (; bucket <= finite; bucket++) {
    const count = counts[bucket]!
    if (count > 0 && below + count >= rank) break
    below += count
  }
  if (bucket >= finite) return finite === 0 ? NaN : bounds[finite - 1]!

  const upper = bounds[bucket]!
  if (bucket === 0 && upper <= 0) return upper
  const lower = bucket === 0 ? 0 : bounds[bucket - 1]!
  return lower + (upper - lower) * ((rank - below) / counts[bucket]!)
}

/**
 * Bucket bounds checked once, at definition: finite, strictly increasing, at least one. `+Inf` is
 * implicit (always the last slot), so passing it is a mistake we reject rather than guess about.
 */
export const checkBuckets = (buckets: readonly number[], name: string): Float64Array => {
  if (buckets.length === 0) throw new TypeError(`${name}: buckets must not be empty`)
  for (let i = 0; i < buckets.length; i++) {
    const bound = buckets[i]!
    if (!Number.isFinite(bound)) throw new TypeError(`${name}: bucket bounds must be finite (+Inf is implicit)`)
    if (i > 0 && bound <= buckets[i - 1]!) throw new TypeError(`${name}: bucket bounds must be strictly increasing`)
  }
  return Float64Array.from(buckets)
}
