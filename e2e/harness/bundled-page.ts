import * as esbuild from 'esbuild'
import { join } from 'node:path'

const ROOT = join(import.meta.dir, '../..')

export type BundledPage = { url: string; stop: () => void }

/**
 * A page on 127.0.0.1 that runs `entry` (TypeScript, imports resolved from the repository root),
 * bundled by esbuild: for browser tests of island code without the binary. `body` is the markup
 * before the script (a canvas, say).
 */
export const serveBundledPage = async (entry: string, body = ''): Promise<BundledPage> => {
  const script = (
    await esbuild.build({
      stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'entry.ts', loader: 'ts' },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'warning',
    })
  ).outputFiles[0]!.text
  const html = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">${body}<script type="module" src="/entry.js"></script>`
  const server = Bun.serve({
    port: 0,
    hostname: '127.0.0.1',
    fetch(request) {
      const { pathname } = new URL(request.url)
      if (pathname === '/') return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } })
      if (pathname === '/entry.js') return new Response(script, { headers: { 'content-type': 'text/javascript' } })
      return new Response('not found', { status: 404 })
    },
  })
  return { url: `http://127.0.0.1:${server.port}/`, stop: () => server.stop(true) }
}
