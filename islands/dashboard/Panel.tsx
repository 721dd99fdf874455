import type { ComponentChildren } from 'preact'

export type Figure = {
  /** Stable name, for tests and for people reading the HTML: `data-figure="rps"`. */
  key: string
  label: string
  value: string
  /** A second, smaller figure beside the value ("316 req"). */
  detail?: string
}

type PanelProps = {
  title: string
  /** The numbers shown beside the chart (above it on a phone). */
  figures: readonly Figure[]
  /** Shown over the chart when there is nothing to draw yet. */
  empty?: string | false
  /** Something to flag (the memory alert): shown under the title, announced. */
  alert?: string | false
  /** Spans the whole row (the vitals table). */
  wide?: boolean
  /** Many small figures (one per route) rather than a few large ones. */
  compact?: boolean
  children: ComponentChildren
}

/** One card of the dashboard: title, figures beside the chart, and the empty state over it. */
export function Panel({ title, figures, empty, alert, wide, compact, children }: PanelProps) {
  return (
    <section class={wide ? 'dash-panel dash-panel-wide card' : 'dash-panel card'}>
      <h2 class="dash-title">{title}</h2>
      {alert && (
        <p class="dash-alert" role="alert">
          {alert}
        </p>
      )}
      <dl class={compact ? 'dash-figures dash-figures-compact' : 'dash-figures'}>
        {figures.map((figure) => (
          <div key={figure.key}>
            <dt>{figure.label}</dt>
            <dd>
              <span data-figure={figure.key}>{figure.value}</span>
              {figure.detail && <small class="muted"> {figure.detail}</small>}
            </dd>
          </div>
        ))}
      </dl>
      <div class="dash-plot">
        {children}
        {empty && <p class="dash-empty">{empty}</p>}
      </div>
    </section>
  )
}
