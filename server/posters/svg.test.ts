import { describe, expect, test } from 'bun:test'
import { ASPECT_RATIOS, SHOT_TYPES, VIDEO_STYLES, type Scene } from '../ai/storyboard.ts'
import { posterDimensions } from './dimensions.ts'
import { posterHeaders } from './headers.ts'
import { iconLibrary } from './icons/library.ts'
import { posterHash, renderPosterSvg, type PosterOptions } from './svg.ts'

const scene: Scene = {
  narration: 'Real people who care about the details.',
  onScreenText: 'Real people. Real care.',
  visual: 'Close-up: hands at work.',
  shot: 'close-up',
  palette: ['#0f2a3a', '#1f4e5f', '#e07a3f', '#f2c58b', '#f5efe6'],
  durationSec: 5,
}
const options: PosterOptions = { aspect: '16:9', language: 'en', style: 'cinematic', paletteLock: null }
/** A scene whose description names things the library draws. */
const island: Scene = { ...scene, visual: 'Wide shot: a lighthouse on a remote island, gulls overhead.', shot: 'wide' }

/** The first path of a drawing: present in a poster exactly when the drawing is. */
const drawing = (name: string) => /<path [^>]*d="([^"]+)"/.exec(iconLibrary().icons.find((icon) => icon.name === name)!.body)![1]!
const drawsAnyIcon = (svg: string) => iconLibrary().icons.some((icon) => svg.includes(drawing(icon.name)))

describe('posterDimensions', () => {
  test('16:9 → 1280×720, 9:16 → 720×1280, 1:1 → 1080×1080', () => {
    expect(posterDimensions('16:9')).toEqual({ width: 1280, height: 720 })
    expect(posterDimensions('9:16')).toEqual({ width: 720, height: 1280 })
    expect(posterDimensions('1:1')).toEqual({ width: 1080, height: 1080 })
  })
})

describe('renderPosterSvg', () => {
  test('a standalone SVG document sized for the aspect ratio', () => {
    for (const aspect of ASPECT_RATIOS) {
      const svg = renderPosterSvg(scene, { ...options, aspect })
      const { width, height } = posterDimensions(aspect)
      expect(svg).toStartWith(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
      )
      expect(svg).toEndWith('</svg>')
    }
  })

  test('is deterministic, and changes with the scene', () => {
    expect(renderPosterSvg(scene, options)).toBe(renderPosterSvg(scene, options))
    expect(renderPosterSvg(island, options)).toBe(renderPosterSvg(island, options))
    expect(renderPosterSvg({ ...island, visual: 'a bakery' }, options)).not.toBe(renderPosterSvg(island, options))
    expect(renderPosterSvg(island, { ...options, language: 'fr' })).not.toBe(renderPosterSvg(island, options))
    expect(renderPosterSvg({ ...scene, onScreenText: 'Other' }, options)).not.toBe(renderPosterSvg(scene, options))
    expect(renderPosterSvg({ ...scene, palette: ['#ffffff', '#eeeeee', '#000000'] }, options)).not.toBe(renderPosterSvg(scene, options))
  })

  test('draws what the scene is about: the matched drawing, in every shot type and style', () => {
    for (const shot of SHOT_TYPES) {
      for (const style of VIDEO_STYLES) {
        const svg = renderPosterSvg({ ...island, shot }, { ...options, style })
        expect({ shot, style, island: svg.includes(drawing('desert-island')) }).toEqual({ shot, style, island: true })
      }
    }
    const kettle = renderPosterSvg({ ...scene, visual: 'Un hervidor solar en el balcón.' }, { ...options, language: 'es' })
    expect(kettle).toContain(drawing('teapot'))
  })

  test('a scene that names nothing drawable keeps the shot type’s own composition', () => {
    for (const shot of SHOT_TYPES) expect(drawsAnyIcon(renderPosterSvg({ ...scene, shot }, options))).toBe(false)
  })

  test('the style sets the mood: noir greys the drawings, retro tints them, others leave their colours', () => {
    expect(renderPosterSvg(island, { ...options, style: 'noir' })).toContain('<feColorMatrix type="matrix" values="0.2126')
    expect(renderPosterSvg(island, { ...options, style: 'retro' })).toContain('<feColorMatrix type="matrix" values="0.393')
    expect(renderPosterSvg(island, { ...options, style: 'documentary' })).not.toContain('<filter')
    const styles = VIDEO_STYLES.map((style) => renderPosterSvg(island, { ...options, style }).replace(/id="[^"]+"|url\(#[^)]+\)/g, ''))
    expect(new Set(styles).size).toBe(VIDEO_STYLES.length)
  })

  test('no text is drawn: the player sets the on-screen text; the title only names the picture', () => {
    for (const shot of SHOT_TYPES) {
      for (const candidate of [scene, island]) {
        const svg = renderPosterSvg({ ...candidate, shot, onScreenText: 'Real people. Real care.' }, options)
        expect(svg).not.toMatch(/<text|<tspan|font-family/)
        expect(svg).not.toContain('Real people')
      }
    }
    expect(renderPosterSvg(scene, options)).toContain('<title id="p')
    expect(renderPosterSvg(scene, options)).toContain('>Close-up: hands at work.</title>')
  })

  test('each shot type has its own composition', () => {
    const bodies = SHOT_TYPES.map((shot) => renderPosterSvg({ ...scene, shot }, options).replace(/id="[^"]+"|url\(#[^)]+\)/g, ''))
    expect(new Set(bodies).size).toBe(SHOT_TYPES.length)
  })

  test('every text is escaped: markup, CDATA ends, ampersands and quotes', () => {
    const hostile = `bread <script>alert(1)</script> ]]> & "quoted" 'single'`
    const svg = renderPosterSvg({ ...scene, visual: hostile, onScreenText: hostile }, { ...options, aspect: '1:1' })
    expect(svg).toContain(drawing('bread'))
    expect(svg).not.toContain('<script')
    expect(svg).not.toContain(']]>')
    expect(svg).not.toContain('"quoted"')
    expect(svg).toContain('&lt;script&gt;')
    expect(svg).toContain('&amp;')
    expect(svg).toContain('&quot;quoted&quot;')
    expect(svg).toContain('&#39;single&#39;')
  })

  test('palette values never reach an attribute unchecked', () => {
    const svg = renderPosterSvg({ ...scene, palette: ['"/><script>alert(1)</script>', 'red', '#12345', '#abcdef'] }, options)
    expect(svg).not.toContain('<script')
    expect(svg).not.toContain('"red"')
    expect(svg).toContain('#abcdef')
  })

  test('nothing active or external: no script, foreignObject, event handlers, images or remote references', () => {
    for (const shot of SHOT_TYPES) {
      for (const aspect of ASPECT_RATIOS) {
        for (const [candidate, style] of [
          [scene, 'cinematic'],
          [island, 'noir'],
          [{ ...island, visual: 'a bakery, bread and croissants' }, 'playful'],
        ] as const) {
          const svg = renderPosterSvg({ ...candidate, shot }, { ...options, aspect, style })
          expect(svg).not.toMatch(/<script|<foreignObject|<image|<use|<style|\son\w+=|href=|javascript:|@import/i)
          // Every url() points at an id defined in the document, and no id is defined twice.
          const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id)
          expect(new Set(ids).size).toBe(ids.length)
          for (const [, target] of svg.matchAll(/url\(([^)]*)\)/g)) expect(ids).toContain(target!.slice(1))
        }
      }
    }
  })

  test('is well-formed XML: balanced tags, no stray & or <', () => {
    for (const shot of SHOT_TYPES) {
      const svg = renderPosterSvg({ ...island, shot, visual: 'Tom & Jerry <3 on an island' }, options)
      const open: string[] = []
      for (const [, closing, name, , selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)) {
        if (closing) expect(open.pop()).toBe(name!)
        else if (!selfClosing) open.push(name!)
      }
      expect(open).toEqual([])
      const text = svg.replace(/<[^>]+>/g, '')
      expect(text).not.toContain('<')
      expect(text.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&')
    }
  })
})

describe('posterHash and headers', () => {
  test('a short content hash: same bytes, same hash', () => {
    const svg = renderPosterSvg(scene, options)
    expect(posterHash(svg)).toMatch(/^[0-9a-f]{16}$/)
    expect(posterHash(svg)).toBe(posterHash(renderPosterSvg(scene, options)))
    expect(posterHash(svg)).not.toBe(posterHash(renderPosterSvg({ ...scene, shot: 'wide' }, options)))
    expect(posterHash(renderPosterSvg(island, options))).toBe(posterHash(renderPosterSvg({ ...island }, { ...options })))
  })

  test('public posters are immutable, private ones revalidated (never past the session), nothing active allowed', () => {
    expect(posterHeaders('public')['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(posterHeaders('private')['cache-control']).toBe('private, no-cache')
    expect(posterHeaders('public')['content-type']).toBe('image/svg+xml; charset=utf-8')
    expect(posterHeaders('public')['content-security-policy']).toContain("default-src 'none'")
  })
})
