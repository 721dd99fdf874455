/**
 * How long a graceful stop takes with a job running and its progress stream open: SIGTERM to the
 * stream's end, to the `stopped` line (the drain as the server measures it) and to the process's
 * exit. Before the stop ended event streams, the same set-up waited the whole SHUTDOWN_TIMEOUT_MS.
 * Needs `bun run build`.
 *
 *   bun scripts/bench-drain.ts [--rounds 3]
 */
import { parseLogLine, startBinary } from '../e2e/harness/index.ts'
import { createBrowser, createVideo, type Send } from '../server/testing/http-client.ts'

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3

console.log('round  stream ended ms  drain ms (logged)  exit ms  outcome   (SHUTDOWN_TIMEOUT_MS=10000)')
for (let round = 1; round <= rounds; round++) {
  const server = await startBinary({ env: { SHUTDOWN_TIMEOUT_MS: '10000' } })
  const send: Send = async (request) => {
    const url = new URL(request.url)
    return fetch(`${server.url}${url.pathname}${url.search}`, {
      method: request.method,
      headers: request.headers,
      body: request.method === 'GET' ? undefined : await request.arrayBuffer(),
      redirect: 'manual',
    })
  }
  const ada = createBrowser(send, { origin: 'http://reelsmith.test' })
  await ada.signUp()
  const video = await createVideo(ada, { durationSec: 600 })
  const reader = (await ada.request(`/api/videos/${video.id}/events`)).body!.pipeThrough(new TextDecoderStream()).getReader()
  let text = ''
  while (!text.includes('"step":"narration"')) text += (await reader.read()).value ?? ''
  const signalled = performance.now()
  const stopped = server.stop()
  while (!(await reader.read()).done) {}
  const streamEnded = performance.now() - signalled
  await stopped
  const exited = performance.now() - signalled
  const line = server.logs.map(parseLogLine).find((entry) => entry?.msg === 'stopped')
  console.log(
    `${String(round).padStart(5)}  ${streamEnded.toFixed(0).padStart(15)}  ${String(line?.ms).padStart(17)}  ${exited.toFixed(0).padStart(7)}  ${line?.outcome}`,
  )
}
