/**
 * A restart under load, both ways, side by side: how many requests fail while `serve --takeover`
 * replaces the running binary, and while a plain stop-then-start does. Needs `bun run build`.
 *
 *   bun scripts/bench-restart.ts [--rounds 3] [--clients 8]
 */
import { restartUnderLoad, type RestartMode } from './restart-load.ts'

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback
const rounds = arg('rounds', 3)
const clients = arg('clients', 8)

console.log(`restart under load: ${clients} clients, a new connection per request, ${rounds} rounds each`)
console.log('mode             round  requests  failed  errors')
for (let round = 1; round <= rounds; round++) {
  for (const mode of ['takeover', 'stop-then-start'] as RestartMode[]) {
    const result = await restartUnderLoad({ mode, clients, requestsBefore: 300, requestsAfter: 300 })
    console.log(
      `${mode.padEnd(16)} ${String(round).padStart(5)}  ${String(result.requests).padStart(8)}  ${String(result.failed).padStart(6)}  ${JSON.stringify(result.errors)}`,
    )
  }
}
