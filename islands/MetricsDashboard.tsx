type Props = { streamUrl: string }

/** Placeholder until the dashboard lands: the server page and its stream exist already. */
export default function MetricsDashboard({ streamUrl }: Props) {
  return <p class="muted" data-stream={streamUrl}>Loading metrics…</p>
}
