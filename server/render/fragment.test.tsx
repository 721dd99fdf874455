import { describe, expect, test } from 'bun:test'
import type { FunctionComponent } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { pure } from './fragment.tsx'
import { Island } from './island.tsx'
import type { BuildManifest } from './manifest.ts'
import { createRenderer } from './render.ts'

const manifestWith = (tag: string): BuildManifest => ({
  buildId: tag,
  runtime: { src: `/assets/runtime-${tag}.js`, imports: [] },
  islands: { ScenePlanner: { src: `/assets/ScenePlanner-${tag}.js`, imports: [`/assets/chunk-${tag}.js`] } },
  styles: [],
  serviceWorker: '/sw.js',
})

const plannerProps = { beats: ['Hook', 'Payoff'], summary: '{duration} s → {count} scenes', sceneLabel: 'Scene {n}', lang: 'en' }

type Card = { id: number; title: string }

/** A pure component that counts its renders, so a test can tell a replay from a render. */
const counted = () => {
  let renders = 0
  const View = ({ card }: { card: Card }) => {
    renders++
    return (
      <li>
        {card.title} &amp; <b>{card.id}</b>
      </li>
    )
  }
  return { View, renders: () => renders }
}

describe('pure (fragment caching)', () => {
  test('a page of fragments is the page the components render, byte for byte, rendering each key once', () => {
    const { View, renders } = counted()
    const Cached = pure(View, ({ card }) => card)
    const cards: Card[] = [
      { id: 1, title: '<Harbour>' },
      { id: 2, title: 'Dunes "at" dusk' },
    ]
    const render = createRenderer(manifestWith('A'))
    const list = (Item: FunctionComponent<{ card: Card }>) =>
      render(
        <ul>
          {cards.map((card) => (
            <Item key={card.id} card={card} />
          ))}
        </ul>,
        { title: 'T' },
      )
    const plain = list(View)
    const before = renders()
    const first = list(Cached)
    const second = list(Cached)
    expect(first.html).toBe(plain.html)
    expect(second.html).toBe(plain.html)
    expect(first.html).toContain('&lt;Harbour>')
    expect(renders() - before).toBe(2)
  })

  test('islands inside a fragment are preloaded and hydrated on every page that replays it', () => {
    const Header = pure(
      () => <Island name="ScenePlanner" props={plannerProps} hydrate="load" />,
      () => 'header',
    )
    const render = createRenderer(manifestWith('A'))
    const pages = [render(<Header />, { title: 'T' }), render(<Header />, { title: 'T' })]
    for (const page of pages) {
      expect(page.preload).toEqual(['/assets/runtime-A.js', '/assets/ScenePlanner-A.js', '/assets/chunk-A.js'])
      expect(page.html).toContain('<script type="module" src="/assets/runtime-A.js"></script>')
      expect(page.html).toContain('src="/assets/ScenePlanner-A.js"')
    }
  })

  test('fragments are kept per build: another manifest renders its own chunk URLs', () => {
    const Header = pure(
      () => <Island name="ScenePlanner" props={plannerProps} hydrate="visible" />,
      () => 'header',
    )
    const a = createRenderer(manifestWith('A'))(<Header />, { title: 'T' })
    const b = createRenderer(manifestWith('B'))(<Header />, { title: 'T' })
    expect(a.html).toContain('/assets/ScenePlanner-A.js')
    expect(b.html).toContain('/assets/ScenePlanner-B.js')
    expect(b.html).not.toContain('-A.js')
  })

  test('string keys name what the output depends on; past maxKeys the oldest is rendered again', () => {
    const { View, renders } = counted()
    const Cached = pure(View, ({ card }) => `${card.id}:${card.title}`, { maxKeys: 2 })
    const render = createRenderer(manifestWith('A'))
    const page = (card: Card) => render(<Cached card={card} />, { title: 'T' }).html
    const before = renders()
    expect(page({ id: 1, title: 'one' })).toContain('one')
    expect(page({ id: 1, title: 'one, renamed' })).toContain('one, renamed')
    expect(renders() - before).toBe(2)
    page({ id: 1, title: 'one, renamed' })
    expect(renders() - before).toBe(2)
    page({ id: 2, title: 'two' })
    page({ id: 1, title: 'one' })
    expect(renders() - before).toBe(4)
  })

  test('outside render() (no page to replay islands into) the component renders as it is, every time', () => {
    const { View, renders } = counted()
    const Cached = pure(View, ({ card }) => card)
    const card = { id: 3, title: 'x' }
    const before = renders()
    expect(renderToString(<Cached card={card} />)).toBe(renderToString(<View card={card} />))
    renderToString(<Cached card={card} />)
    expect(renders() - before).toBe(3)
  })
})
