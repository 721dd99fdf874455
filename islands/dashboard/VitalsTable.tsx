import type { SeriesSnapshot } from '../../shared/series-shape.ts'
import { formatVital, NO_VALUE } from './format.ts'
import { rateVital, VITAL_NAMES } from './vitals-rating.ts'

const RATING_LABEL = { good: 'good', 'needs-improvement': 'needs improvement', poor: 'poor' } as const

/** p75 of each web vital per page, coloured (and titled, for those who cannot see colour) by Google's rating. */
export function VitalsTable({ vitals, empty }: { vitals: SeriesSnapshot['vitals']; empty: string }) {
  const routes = Object.keys(vitals).sort()
  if (!routes.length) return <p class="dash-empty dash-empty-static">{empty}</p>
  return (
    <div class="dash-table-wrap">
      <table class="dash-table">
        <thead>
          <tr>
            <th scope="col">Page</th>
            {VITAL_NAMES.map((name) => (
              <th scope="col" key={name}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {routes.map((route) => (
            <tr key={route}>
              <th scope="row">
                <code>{route}</code>
              </th>
              {VITAL_NAMES.map((name) => {
                const value = vitals[route]![name]
                if (value === undefined) return <td key={name}>{NO_VALUE}</td>
                const rating = rateVital(name, value)
                return (
                  <td key={name} class={`vital-${rating}`} title={RATING_LABEL[rating]}>
                    {formatVital(name, value)}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
