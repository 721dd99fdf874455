/**
 * `bun run dev`: builds the assets unminified, runs the server from source, and on every change
 * rebuilds all the assets and restarts the server; open pages reload themselves (dev-reload.ts).
 * Everything, on purpose: the unminified asset build takes ~150 ms, and the server must restart
 * after any asset change anyway, since it imports the generated asset table with the new names.
 */
import { watch } from 'node:fs'
import { join } from 'node:path'
import type { Subprocess } from 'bun'

const ROOT = join(import.meta.dir, '..')
const WATCHED = ['islands', 'shared', 'static', 'sw', 'server']

const buildAssets = () => {
  const started = performance.now()
  const result = Bun.spawnSync([process.execPath, 'scripts/build.ts', '--dev'], { cwd: ROOT, stdout: 'ignore', stderr: 'inherit' })
  console.log(result.exitCode === 0 ? `[dev] assets rebuilt in ${(performance.now() - started).toFixed(0)} ms` : '[dev] asset build failed')
}

let server: Subprocess | undefined
const startServer = async () => {
  if (server) {
    server.kill('SIGTERM')
    await server.exited
  }
  server = Bun.spawn([process.execPath, 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
    stdout: 'inherit',
    stderr: 'inherit',
  })
}

let timer: Timer | undefined
/** Editors write several files at once: one rebuild (about 150 ms) and one restart per burst. */
const onChange = () => {
  clearTimeout(timer)
  timer = setTimeout(async () => {
    buildAssets()
    await startServer()
  }, 120)
}

buildAssets()
await startServer()
for (const dir of WATCHED) watch(join(ROOT, dir), { recursive: true }, onChange)
console.log(`[dev] watching ${WATCHED.join(', ')}; Ctrl+C to stop`)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    server?.kill('SIGTERM')
    process.exit(0)
  })
