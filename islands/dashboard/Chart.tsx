import { useEffect, useRef } from 'preact/hooks'
import uPlot from 'uplot'
import { NO_VALUE } from './format.ts'

export type ChartSeries = {
  label: string
  color: string
  /** A dashed line (the memory alert line). */
  dash?: number[]
  /** Shade the area under the line. */
  fill?: boolean
}

export type ChartProps = {
  /** The chart's accessible name: a canvas says nothing to a screen reader. */
  label: string
  series: readonly ChartSeries[]
  /** `[time in seconds, ...one column per series]`, all of one length. */
  data: uPlot.AlignedData
  /** Changes whenever the columns changed (they are appended to in place). */
  version: number
  /** Formats a y value for the axis and the legend. */
  format: (value: number) => string
  /** A fixed y range, e.g. [0, 1] for hit rates; otherwise from 0 to a little above the largest value. */
  yRange?: [number, number]
  /**
   * Values only in seconds that had traffic (latency, hit rates): lines join across the gaps, and
   * uPlot shows points where there are few, so a lone second is still seen.
   */
  sparse?: boolean
  /** The steps the y axis may use (uPlot's `incrs`), e.g. powers of two MiB for memory. */
  yIncrements?: number[]
  height?: number
}

/** Distinct in light and dark mode; the first is the site's accent. */
export const SERIES_COLORS = ['#5b47e0', '#d6336c', '#1d8a55', '#d08a1d', '#1c7ed6', '#9c36b5', '#0c8599', '#e8590c', '#5c940d', '#868e96']

const cssVar = (el: Element, name: string, fallback: string) => getComputedStyle(el).getPropertyValue(name).trim() || fallback

/** 0 at the bottom, so a small wobble does not look like a cliff; 1 when there is nothing yet. */
const fromZero: uPlot.Range.Function = (_plot, _min, max) => [0, max > 0 ? max * 1.1 : 1]

/** Wide enough for the longest label ("1,234/s", "381.5 MB") at uPlot's 12 px axis font. */
const yAxisWidth: uPlot.Axis.Size = (_plot, values) => 20 + 8 * Math.max(4, ...(values ?? []).map((value) => value.length))

/** Time ticks in whole seconds and up (the samples are one per second), seconds as uPlot counts them. */
const TIME_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600]

const optionsFor = (el: HTMLElement, props: ChartProps, width: number): uPlot.Options => {
  const text = cssVar(el, '--muted', '#777')
  const line = cssVar(el, '--line', 'rgba(128,128,128,.25)')
  const axis = { stroke: text, grid: { stroke: line, width: 1 }, ticks: { stroke: line, width: 1 } }
  const legendValue = (_plot: uPlot, value: number | null) => (value === null || value === undefined ? NO_VALUE : props.format(value))
  return {
    width,
    height: props.height ?? 180,
    // No drag-to-zoom: the charts follow the live edge, a zoom would be undone every second.
    cursor: { drag: { x: false, y: false, setScale: false } },
    scales: { x: { time: true }, y: { range: props.yRange ?? fromZero } },
    series: [
      {},
      ...props.series.map((series) => ({
        label: series.label,
        stroke: series.color,
        width: 1.5,
        dash: series.dash,
        fill: series.fill ? `${series.color}22` : undefined,
        ...(props.sparse ? { spanGaps: true } : { points: { show: false } }),
        value: legendValue,
      })),
    ],
    axes: [
      { ...axis, incrs: TIME_STEPS },
      { ...axis, size: yAxisWidth, incrs: props.yIncrements, values: (_plot, splits) => splits.map((value) => props.format(value)) },
    ],
  }
}

/**
 * A uPlot line chart of columns that grow every second. uPlot is created once per set of series
 * (a new route in the top 10 makes a new chart) and then only fed new data; it follows its box's
 * width, so it fits a phone and a wide screen alike.
 */
export function Chart(props: ChartProps) {
  const box = useRef<HTMLDivElement>(null)
  const plot = useRef<uPlot | null>(null)
  const latestProps = useRef(props)
  latestProps.current = props
  const seriesKey = props.series.map((series) => series.label).join('\n')

  useEffect(() => {
    const el = box.current!
    const created = new uPlot(optionsFor(el, latestProps.current, el.clientWidth || 320), latestProps.current.data, el)
    plot.current = created
    const resize = new ResizeObserver(() => {
      if (el.clientWidth > 0 && el.clientWidth !== created.width) created.setSize({ width: el.clientWidth, height: created.height })
    })
    resize.observe(el)
    return () => {
      resize.disconnect()
      created.destroy()
      plot.current = null
    }
  }, [seriesKey])

  useEffect(() => {
    plot.current?.setData(props.data)
  }, [props.version, seriesKey])

  return <div class="dash-chart" role="img" aria-label={props.label} ref={box} />
}
