import { useEffect, useRef, useState } from 'preact/hooks'
import { Chart, SERIES_COLORS as COLORS } from './dashboard/Chart.tsx'
import {
  appendSample,
  emptyData,
  fromSnapshot,
  hasValues,
  latest,
  mean,
  peak,
  topRoutes,
  total,
  type DashboardData,
} from './dashboard/data.ts'
import { formatBytes, formatCount, formatMs, formatPercent, formatRate } from './dashboard/format.ts'
import { Panel } from './dashboard/Panel.tsx'
import { followMetrics, type StreamState } from './dashboard/stream.ts'
import { VitalsTable } from './dashboard/VitalsTable.tsx'

type Props = { streamUrl: string }

const STATE_LABEL: Record<StreamState, string> = {
  connecting: 'Connecting to the live figures…',
  live: 'Live: one point per second, the last hour.',
  reconnecting: 'Connection lost: reconnecting…',
  closed: 'Disconnected. Reload the page (are you still signed in?).',
}

const MINUTE = 60
/** Memory axis steps: 1 MiB to 16 GiB in powers of two, so the labels read as round MB. */
const MEBIBYTE_STEPS = Array.from({ length: 15 }, (_, power) => 2 ** power * 1024 * 1024)
const DANGER = '#c62f3a'

/**
 * The operator's live dashboard (/admin/metrics): the server's last hour of 1-second samples,
 * drawn with uPlot and moved on by the event stream every second. The server renders the frame
 * with empty charts; the figures arrive with the first snapshot.
 */
export default function MetricsDashboard({ streamUrl }: Props) {
  const data = useRef<DashboardData>(emptyData())
  const [waiting, setWaiting] = useState(true)
  const [version, setVersion] = useState(0)
  const [state, setState] = useState<StreamState>('connecting')

  useEffect(
    () =>
      followMetrics(streamUrl, {
        onSnapshot: (snapshot) => {
          data.current = fromSnapshot(snapshot)
          setWaiting(false)
          setVersion((n) => n + 1)
        },
        onSample: (sample) => {
          appendSample(data.current, sample)
          setVersion((n) => n + 1)
        },
        onState: setState,
      }),
    [streamUrl],
  )

  return (
    <div class="dashboard">
      <p class="dash-status muted" role="status" data-state={state}>
        {STATE_LABEL[state]}
      </p>
      <Panels data={data.current} version={version} waiting={waiting} />
    </div>
  )
}

function Panels({ data, version, waiting }: { data: DashboardData; version: number; waiting: boolean }) {
  const time = data.time
  /** Until the snapshot, every panel says so instead of "no traffic". */
  const emptyUnless = (hasData: boolean, message: string) => (waiting ? 'Waiting for the first figures…' : !hasData && message)
  const routes = topRoutes(data)
  const namespaces = Object.keys(data.hitRate)
  const saved = total(data.aiSaved)
  const calls = total(data.aiCalls)
  const limit = data.memoryLimitBytes

  return (
    <div class="dash-grid">
      <Panel
        title="Requests"
        figures={[
          { key: 'rps', label: 'Last second', value: formatRate(latest(data.rps)) },
          { key: 'rps-minute', label: 'Last minute', value: formatRate(mean(data.rps, MINUTE)) },
          { key: 'rps-peak', label: 'Peak', value: formatRate(peak(data.rps)) },
        ]}
        empty={emptyUnless(hasValues(data.rps, true), 'No requests yet.')}
      >
        <Chart
          label="Requests per second"
          series={[{ label: 'Requests/s', color: COLORS[0]!, fill: true }]}
          data={[time, data.rps]}
          version={version}
          format={formatRate}
        />
      </Panel>

      <Panel
        title="Latency"
        figures={[
          { key: 'p50', label: 'p50', value: formatMs(latest(data.p50)) },
          { key: 'p95', label: 'p95', value: formatMs(latest(data.p95)) },
          { key: 'p99', label: 'p99', value: formatMs(latest(data.p99)) },
        ]}
        empty={emptyUnless(hasValues(data.p50), 'No requests yet.')}
      >
        <Chart
          label="Latency percentiles, milliseconds"
          series={[
            { label: 'p50', color: COLORS[2]! },
            { label: 'p95', color: COLORS[3]! },
            { label: 'p99', color: COLORS[1]! },
          ]}
          data={[time, data.p50, data.p95, data.p99]}
          version={version}
          format={formatMs}
          sparse
        />
      </Panel>

      <Panel
        title="Latency by route (p95, top 10)"
        compact
        figures={routes.map((route) => ({
          key: `route:${route}`,
          label: route,
          value: formatMs(latest(data.routes[route]!.p95)),
          detail: `${formatCount(data.routes[route]!.total)} req`,
        }))}
        empty={emptyUnless(routes.length > 0, 'No routes yet.')}
      >
        <Chart
          label="p95 latency of the busiest routes, milliseconds"
          series={routes.map((route, i) => ({ label: route, color: COLORS[i % COLORS.length]! }))}
          data={[time, ...routes.map((route) => data.routes[route]!.p95)]}
          version={version}
          format={formatMs}
          sparse
        />
      </Panel>

      <Panel
        title="Memory"
        alert={data.memory === 'high' && `Memory is high: RSS is above the alert line (${formatBytes(limit)}).`}
        figures={[
          { key: 'rss', label: 'RSS', value: formatBytes(latest(data.rss)) },
          { key: 'heap', label: 'Heap used', value: formatBytes(latest(data.heap)) },
          { key: 'memory-limit', label: 'Alert line', value: limit > 0 ? formatBytes(limit) : 'none' },
        ]}
        empty={emptyUnless(hasValues(data.rss), 'No readings yet.')}
      >
        <Chart
          label="Resident memory and heap against the alert line"
          series={[
            { label: 'RSS', color: COLORS[0]!, fill: true },
            { label: 'Heap', color: COLORS[4]! },
            ...(limit > 0 ? [{ label: 'Alert line', color: DANGER, dash: [6, 4] }] : []),
          ]}
          data={[time, data.rss, data.heap, ...(limit > 0 ? [time.map(() => limit)] : [])]}
          version={version}
          format={formatBytes}
          yIncrements={MEBIBYTE_STEPS}
        />
      </Panel>

      <Panel
        title="Event-loop lag"
        figures={[
          { key: 'lag', label: 'Last second', value: formatMs(latest(data.lagMs)) },
          { key: 'lag-minute', label: 'Last minute', value: formatMs(mean(data.lagMs, MINUTE)) },
          { key: 'lag-peak', label: 'Peak', value: formatMs(peak(data.lagMs)) },
        ]}
        empty={emptyUnless(hasValues(data.lagMs), 'No readings yet.')}
      >
        <Chart
          label="Event-loop lag, milliseconds"
          series={[{ label: 'Lag', color: COLORS[5]!, fill: true }]}
          data={[time, data.lagMs]}
          version={version}
          format={formatMs}
        />
      </Panel>

      <Panel
        title="Cache hit rate"
        figures={namespaces.map((name) => ({ key: `hit:${name}`, label: name, value: formatPercent(mean(data.hitRate[name]!)) }))}
        empty={emptyUnless(
          namespaces.some((name) => hasValues(data.hitRate[name]!)),
          'No cache lookups yet.',
        )}
      >
        <Chart
          label="Share of cache lookups answered without the origin, per namespace"
          series={namespaces.map((name, i) => ({ label: name, color: COLORS[i % COLORS.length]! }))}
          data={[time, ...namespaces.map((name) => data.hitRate[name]!)]}
          version={version}
          format={formatPercent}
          sparse
          yRange={[0, 1]}
        />
      </Panel>

      <Panel
        title="AI calls"
        figures={[
          { key: 'ai-saved', label: 'Saved by the cache', value: formatCount(saved) },
          { key: 'ai-calls', label: 'Sent to the provider', value: formatCount(calls) },
          { key: 'ai-saved-share', label: 'Share saved', value: saved + calls > 0 ? formatPercent(saved / (saved + calls)) : '—' },
        ]}
        empty={emptyUnless(saved + calls > 0, 'No AI calls yet.')}
      >
        <Chart
          label="AI calls per second: answered by the cache and sent to the provider"
          series={[
            { label: 'Saved', color: COLORS[2]!, fill: true },
            { label: 'To provider', color: COLORS[1]! },
          ]}
          data={[time, data.aiSaved, data.aiCalls]}
          version={version}
          format={formatRate}
        />
      </Panel>

      <Panel title="Web vitals (p75 per page)" figures={[]} wide>
        <VitalsTable
          vitals={data.vitals}
          empty={waiting ? 'Waiting for the first figures…' : 'No vitals reported yet: a page reports them when its visitor leaves it.'}
        />
      </Panel>
    </div>
  )
}
