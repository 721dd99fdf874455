/**
 * The page contract served by the benchmark build only (scripts/bench/peers/variant.ts copies this
 * file to server/bench/ and mounts it; the production binary never imports it). It goes the way
 * every page does: the whole middleware corridor, the document shell, `<Island>`, sendPage.
 *   /bench/gallery         rendered on every request (no page cache), like every peer but `raw`
 *   /bench/gallery-cached  the same page behind the page cache, answered by the front door
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../../server/http/env.ts'
import { contextFor, sendPage, type PageDeps } from '../../../server/pages/deps.ts'
import { pure } from '../../../server/render/fragment.tsx'
import { Island } from '../../../server/render/island.tsx'
import type { IslandName } from '../../../server/render/island-registry.ts'
import { CARDS, CSS, describe, TITLE, type Card } from './data.ts'

/** Registered only in the benchmark build, so the production type does not know it. */
const COUNTER = 'BenchCounter' as IslandName

function CardView({ card }: { card: Card }) {
  return (
    <li class="card">
      <img loading="lazy" src={`/img/${card.id}.svg`} width={card.width} height={card.height} alt={card.title} />
      <h2>{card.title}</h2>
      <p>{describe(card)}</p>
    </li>
  )
}

function HeaderView() {
  return (
    <header>
      <h1>{TITLE}</h1>
      <Island name={COUNTER} props={{ start: 0 } as never} hydrate="load" />
    </header>
  )
}

function GridView({ cards }: { cards: readonly Card[] }) {
  return (
    <ul class="grid">
      {cards.map((card) => (
        <CardView key={card.id} card={card} />
      ))}
    </ul>
  )
}

// Pure components, rendered once per key (server/render/fragment.tsx): the cards are constants.
const GalleryGrid = pure(GridView, ({ cards }) => cards)
const GalleryHeader = pure(HeaderView, () => 'header')

export function BenchGallery() {
  return (
    <>
      <style dangerouslySetInnerHTML={{ __html: CSS }} />
      <GalleryHeader />
      <main>
        <GalleryGrid cards={CARDS} />
      </main>
    </>
  )
}

export const BENCH_PATHS = { rendered: '/bench/gallery', cached: '/bench/gallery-cached' } as const

export const benchGalleryRoutes = (deps: PageDeps) => {
  const app = new Hono<AppEnv>()
  for (const path of Object.values(BENCH_PATHS)) {
    app.get(path, (c) => sendPage(c, deps, contextFor(c, deps), <BenchGallery />, { title: TITLE, lang: 'en' }))
  }
  return app
}
