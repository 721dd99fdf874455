import { describe, expect, test } from 'bun:test'
import { Window } from 'happy-dom'
import { Island } from './island.tsx'
import type { BuildManifest } from './manifest.ts'
import { createRenderer } from './render.ts'

const manifest: BuildManifest = {
  buildId: 'test',
  runtime: { src: '/assets/runtime-AAAA.js', imports: ['/assets/chunk-PREACT.js'] },
  islands: {
    DurationPicker: { src: '/assets/DurationPicker-BBBB.js', imports: ['/assets/chunk-PREACT.js', '/assets/chunk-DRAFT.js'] },
    ScenePlanner: { src: '/assets/ScenePlanner-CCCC.js', imports: ['/assets/chunk-PREACT.js', '/assets/chunk-DRAFT.js'] },
  },
  styles: ['/assets/app-DDDD.css'],
  serviceWorker: '/sw.js',
}
const render = createRenderer(manifest)

/** Reads the attributes of every island wrapper back the way a browser would. */
const islandsIn = (html: string) => {
  const document = new Window().document
  document.write(html)
  return [...document.querySelectorAll('rs-island')].map((el) => ({
    name: el.getAttribute('name'),
    src: el.getAttribute('src'),
    hydrate: el.getAttribute('hydrate'),
    props: JSON.parse(el.getAttribute('props')!),
    html: el.innerHTML,
  }))
}

describe('render', () => {
  test('a page without islands ships no module script and no preload', () => {
    const page = render(<p>Just text</p>, { title: 'Plain' })
    expect(page.html).not.toContain('type="module"')
    expect(page.html).not.toContain('modulepreload')
    expect(page.preload).toEqual([])
    expect(page.html).toContain('<link rel="stylesheet" href="/assets/app-DDDD.css">')
  })

  test('an island renders its HTML in place with its chunk, strategy and props', () => {
    const page = render(
      <Island
        name="DurationPicker"
        props={{
          label: 'Length',
          shorter: 'Shorter',
          longer: 'Longer',
          scenesTemplates: { one: '{count} scene', other: '{count} scenes' },
          lang: 'en',
          presetsLabel: 'Common lengths',
          customLabel: 'Seconds',
          shortsLabel: 'Shorts',
        }}
        hydrate="load"
      />,
      { title: 'T' },
    )
    const [island] = islandsIn(page.html)
    expect(island).toMatchObject({
      name: 'DurationPicker',
      src: '/assets/DurationPicker-BBBB.js',
      hydrate: 'load',
      props: { label: 'Length' },
    })
    expect(island!.html).toContain('aria-label="Length"')
    expect(page.html).toContain('<script type="module" src="/assets/runtime-AAAA.js"></script>')
  })

  test('load islands are preloaded with their imports; visible ones are not fetched early', () => {
    const page = render(
      <>
        <Island
          name="DurationPicker"
          props={{
            label: 'L',
            shorter: 'S',
            longer: 'L',
            scenesTemplates: { other: '{count}' },
            lang: 'en',
            presetsLabel: 'P',
            customLabel: 'C',
            shortsLabel: 'S',
          }}
          hydrate="load"
        />
        <Island name="ScenePlanner" props={{ beats: ['a'], summary: '{count}', sceneLabel: 'Scene {n}', lang: 'en' }} hydrate="visible" />
      </>,
      { title: 'T' },
    )
    expect(page.preload).toEqual([
      '/assets/runtime-AAAA.js',
      '/assets/chunk-PREACT.js',
      '/assets/DurationPicker-BBBB.js',
      '/assets/chunk-DRAFT.js',
    ])
    expect(page.html).not.toContain('rel="modulepreload" href="/assets/ScenePlanner-CCCC.js"')
  })

  test('hostile props cannot break out of the attribute', () => {
    const hostile = '"></rs-island><script>alert(1)</script><!--<script>'
    const page = render(
      <Island name="ScenePlanner" props={{ beats: [hostile], summary: '{count}', sceneLabel: 'Scene {n}', lang: 'en' }} hydrate="idle" />,
      { title: 'T' },
    )
    expect(page.html).not.toContain('<script>alert(1)')
    expect(page.html).not.toContain('<!--')
    expect(islandsIn(page.html)[0]!.props).toEqual({ beats: [hostile], summary: '{count}', sceneLabel: 'Scene {n}', lang: 'en' })
  })

  test('title, description and lang are escaped', () => {
    const page = render(<p />, { title: '<b>"x"</b>', description: 'a & "b"', lang: 'en"><script>' })
    expect(page.html).toContain('<title>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</title>')
    expect(page.html).toContain('content="a &amp; &quot;b&quot;"')
    expect(page.html).toContain('<html lang="en&quot;&gt;&lt;script&gt;">')
  })

  test('hydrate="media" without a query is a mistake caught at render', () => {
    expect(() =>
      render(
        <Island
          name="DurationPicker"
          props={{
            label: 'L',
            shorter: 'S',
            longer: 'L',
            scenesTemplates: { other: '{count}' },
            lang: 'en',
            presetsLabel: 'P',
            customLabel: 'C',
            shortsLabel: 'S',
          }}
          hydrate="media"
        />,
        { title: 'T' },
      ),
    ).toThrow('Island DurationPicker: hydrate="media" needs a media query')
  })

  test('an island outside render() says how to fix it', async () => {
    const { renderToString } = await import('preact-render-to-string')
    expect(() =>
      renderToString(
        <Island
          name="DurationPicker"
          props={{
            label: 'L',
            shorter: 'S',
            longer: 'L',
            scenesTemplates: { other: '{count}' },
            lang: 'en',
            presetsLabel: 'P',
            customLabel: 'C',
            shortsLabel: 'S',
          }}
          hydrate="load"
        />,
      ),
    ).toThrow('rendered with render()')
  })
})
