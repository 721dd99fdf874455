import { describe, expect, test } from 'bun:test'
import { Window } from 'happy-dom'
import { VITALS_META_NAME } from '../../islands/vitals/constants.ts'
import type { BuildManifest } from './manifest.ts'
import { createRenderer, SW_REGISTER_SCRIPT, VITALS_LOADER_SCRIPT } from './render.ts'
import { vitalsTags } from './vitals-tags.ts'

const VITALS = { src: '/assets/vitals-EEEE.js', imports: [] }
const manifest: BuildManifest = {
  buildId: 'test',
  runtime: { src: '/assets/runtime-AAAA.js', imports: [] },
  islands: {},
  vitals: VITALS,
  styles: ['/assets/app-DDDD.css'],
  serviceWorker: '/sw.js',
}

/** The vitals meta and the inline scripts of a rendered page, read back as a browser would. */
const readPage = (html: string) => {
  const document = new Window().document
  document.write(html)
  const meta = document.querySelector(`head meta[name="${VITALS_META_NAME}"]`)
  return {
    meta: meta && { route: meta.getAttribute('content'), src: meta.getAttribute('data-src'), rate: meta.getAttribute('data-rate') },
    inlineScripts: [...document.querySelectorAll('body script:not([src])')].map((script) => script.textContent),
  }
}

describe('vitals tags in the document shell', () => {
  test('a page with a route template names it, the module and the sample rate in its head, and ends with the loader', () => {
    const page = readPage(createRenderer(manifest, { rumSampleRate: 0.5 })(<p />, { title: 'T', route: '/videos/:id' }).html)
    expect(page.meta).toEqual({ route: '/videos/:id', src: VITALS.src, rate: '0.5' })
    expect(page.inlineScripts).toEqual([SW_REGISTER_SCRIPT, VITALS_LOADER_SCRIPT])
  })

  test('a page without a route template (error pages) reports nothing', () => {
    const html = createRenderer(manifest)(<p />, { title: 'T' }).html
    expect(readPage(html)).toEqual({ meta: null, inlineScripts: [SW_REGISTER_SCRIPT] })
  })

  test('RUM_SAMPLE_RATE=0, or a build without the module: no tags at all', () => {
    for (const html of [
      createRenderer(manifest, { rumSampleRate: 0 })(<p />, { title: 'T', route: '/' }).html,
      createRenderer({ ...manifest, vitals: undefined })(<p />, { title: 'T', route: '/' }).html,
    ]) {
      expect(html).not.toContain(VITALS_META_NAME)
      expect(html).not.toContain(VITALS_LOADER_SCRIPT)
    }
  })

  test('the route is escaped: a hostile one cannot leave the attribute', () => {
    const hostile = '/"><script>alert(1)</script>'
    const html = createRenderer(manifest)(<p />, { title: 'T', route: hostile }).html
    expect(html).not.toContain('<script>alert(1)')
    expect(readPage(html).meta?.route).toBe(hostile)
  })

  test('a sample rate outside 0..1 is a configuration mistake, caught when the renderer is built', () => {
    expect(() => vitalsTags(VITALS, 1.5)).toThrow('between 0 and 1, got 1.5')
    expect(() => vitalsTags(VITALS, Number.NaN)).toThrow(RangeError)
  })
})
