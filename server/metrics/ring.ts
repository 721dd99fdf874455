/**
 * A bounded ring of samples stored by column in preallocated typed arrays: one `Float64Array` (or
 * `Float32Array`, half the bytes, ~7 significant digits) of `capacity` slots per column, written
 * in place. An hour of 1-second samples is 3,600 slots; memory is fixed at creation (plus one
 * array per column added later, such as a route first seen), whatever the uptime.
 *
 * NaN means "no value this second" (no requests, so no p95) and becomes `null` in JSON, which is
 * what charting libraries such as uPlot draw as a gap.
 */

export type ColumnArray = Float64Array | Float32Array

export class SampleRing {
  readonly capacity: number
  #columns = new Map<string, ColumnArray>()
  /** Slot of the newest sample; -1 before the first. */
  #head = -1
  #size = 0

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new TypeError('capacity must be an integer >= 1')
    this.capacity = capacity
  }

  get size(): number {
    return this.#size
  }

  /** Adds a column (filled with NaN: no value in the samples written before it existed). */
  addColumn(name: string, kind: 'f64' | 'f32' = 'f64'): ColumnArray {
    if (this.#columns.has(name)) throw new TypeError(`column "${name}" exists`)
    const column = kind === 'f64' ? new Float64Array(this.capacity) : new Float32Array(this.capacity)
    column.fill(NaN)
    this.#columns.set(name, column)
    return column
  }

  column(name: string): ColumnArray | undefined {
    return this.#columns.get(name)
  }

  columnNames(): string[] {
    return [...this.#columns.keys()]
  }

  /**
   * Claims the slot of the next sample (the oldest one once full) and clears it to NaN in every
   * column. Returns the slot; write each column's value at it.
   */
  advance(): number {
    this.#head = (this.#head + 1) % this.capacity
    if (this.#size < this.capacity) this.#size++
    for (const column of this.#columns.values()) column[this.#head] = NaN
    return this.#head
  }

  /** The slot that `advance()` would reuse: the oldest sample's, or -1 while the ring is not full. */
  nextEvicted(): number {
    return this.#size < this.capacity ? -1 : (this.#head + 1) % this.capacity
  }

  /** A column oldest → newest, NaN as null: ready for JSON. */
  values(name: string): (number | null)[] {
    const column = this.#columns.get(name)
    if (!column) throw new TypeError(`no column "${name}"`)
    const out = new Array<number | null>(this.#size)
    const start = this.#size < this.capacity ? 0 : (this.#head + 1) % this.capacity
    // A float32 holds ~7 significant digits; printing more (12.34 → 12.340000152587891) only adds bytes.
    const single = column instanceof Float32Array
    for (let i = 0; i < this.#size; i++) {
      const value = column[(start + i) % this.capacity]!
      out[i] = Number.isNaN(value) ? null : single ? Number(value.toPrecision(6)) : value
    }
    return out
  }
}
