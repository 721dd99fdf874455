import { Hono } from 'hono'
import { routeTemplate } from '../server/metrics/route.ts'
import { declaredLength } from '../server/metrics/http.ts'
const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000 }
const bench = async (name: string, app: Hono) => {
  const paths = Array.from({ length: 1000 }, (_, i) => `http://localhost/videos/${i}`)
  let n = 0
  for (let i = 0; i < 20000; i++) await app.fetch(new Request(paths[n++ % 1000]!))
  let best = 0
  for (let r = 0; r < 3; r++) { const s = cpuMs(); let d = 0; while (cpuMs() - s < 700) { for (let j = 0; j < 200; j++, d++) await app.fetch(new Request(paths[n++ % 1000]!)) } best = Math.max(best, d / ((cpuMs() - s) / 1000)) }
  console.log(name.padEnd(30), Math.round(1e9 / best), 'ns/req')
}
const make = (mw?: (c: any, next: any) => Promise<void>) => { const app = new Hono(); if (mw) app.use(mw); app.get('/videos/:id', (c) => c.html('x'.repeat(2048), 200, { 'Content-Length': '2048' })); return app }
await bench('bare', make())
await bench('noop mw', make(async (c, next) => { await next() }))
await bench('noop + now x2', make(async (c, next) => { const s = performance.now(); await next(); globalThis.x = performance.now() - s }))
await bench('noop + routeTemplate', make(async (c, next) => { await next(); globalThis.x = routeTemplate(c) }))
await bench('noop + c.req.routePath', make(async (c, next) => { await next(); globalThis.x = c.req.routePath }))
await bench('noop + declaredLength', make(async (c, next) => { await next(); globalThis.x = declaredLength(c.res) }))
await bench('noop + c.res.status+method', make(async (c, next) => { await next(); globalThis.x = c.res.status + c.req.method }))
