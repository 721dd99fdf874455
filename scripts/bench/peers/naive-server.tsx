/**
 * The naive peer of the page contract (the peer harness's `hono-bun`): Hono, and the whole page
 * rendered with preact-render-to-string on every request. The project's own hono, preact and
 * preact-render-to-string, so only the way of rendering differs from the subject. No static files:
 * the benchmark loads only the page.   bun scripts/bench/peers/naive-server.tsx
 */
import { Hono } from 'hono'
import { renderToString } from 'preact-render-to-string'
import Counter from './Counter.tsx'
import { CARDS, CSS, describe, TITLE } from './data.ts'

function Island({ name, props, children }: { name: string; props: object; children: preact.ComponentChildren }) {
  return (
    <div data-island={name} data-props={JSON.stringify(props)}>
      {children}
    </div>
  )
}

function Page() {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{TITLE}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
        <script type="module" src="/static/client.js" />
      </head>
      <body>
        <header>
          <h1>{TITLE}</h1>
          <Island name="Counter" props={{ start: 0 }}>
            <Counter start={0} />
          </Island>
        </header>
        <main>
          <ul class="grid">
            {CARDS.map((card) => (
              <li class="card" key={card.id}>
                <img loading="lazy" src={`/img/${card.id}.svg`} width={card.width} height={card.height} alt={card.title} />
                <h2>{card.title}</h2>
                <p>{describe(card)}</p>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  )
}

const app = new Hono()
app.get('/', (c) => c.html(`<!DOCTYPE html>${renderToString(<Page />)}`))

const server = Bun.serve({ hostname: '127.0.0.1', port: Number(process.env.PORT ?? 0), fetch: app.fetch })
console.log(JSON.stringify({ msg: 'listening', url: server.url.href.replace(/\/$/, '') }))
process.on('SIGTERM', () => void server.stop(true).then(() => process.exit(0)))
