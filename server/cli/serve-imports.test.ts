import { expect, test } from 'bun:test'
import { join } from 'node:path'

/**
 * What `serve` evaluates before it can answer: heavy modules stay out of that graph and load on first
 * use (docs/measurements.md, Cold start). Asked of a fresh process, since this one has loaded
 * everything the other tests import.
 */
const LOADED_ON_FIRST_USE = [
  // The built-in writer: compromise's lexicon and six phrase books (the first storyboard).
  /\/node_modules\/compromise\//,
  /\/server\/ai\/local\/writer\/write\.ts$/,
  // Only with REDIS_URL.
  /\/node_modules\/ioredis\//,
  // The first Markdown rendered.
  /\/node_modules\/markdown-it\//,
  // Only with AI_PROVIDER=openai.
  /\/server\/ai\/openai\/provider\.ts$/,
  // The admin's metrics page: the dashboard island and its charts.
  /\/node_modules\/uplot\//,
  /\/islands\/MetricsDashboard\.tsx$/,
]

test('starting the server does not load the modules it needs only later', async () => {
  const child = Bun.spawn(
    [process.execPath, '-e', "await import('./server/cli/serve.ts'); console.log(JSON.stringify(Object.keys(require.cache)))"],
    { cwd: join(import.meta.dir, '../..'), stdout: 'pipe', stderr: 'inherit', timeout: 20_000 },
  )
  const [out, code] = await Promise.all([new Response(child.stdout).text(), child.exited])
  expect(code).toBe(0)
  const loaded = JSON.parse(out) as string[]
  // The precondition: the serve graph really was read (its own module and the app).
  expect(loaded.some((path) => path.endsWith('/server/cli/serve.ts'))).toBe(true)
  expect(loaded.some((path) => path.endsWith('/server/app.tsx'))).toBe(true)
  expect(loaded.filter((path) => LOADED_ON_FIRST_USE.some((pattern) => pattern.test(path)))).toEqual([])
})
