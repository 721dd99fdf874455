import { describe, expect, test } from 'bun:test'
import { ASPECT_RATIOS, SHOT_TYPES, type Scene } from '../ai/storyboard.ts'
import { posterDimensions } from './dimensions.ts'
import { posterHeaders } from './headers.ts'
import { posterHash, renderPosterSvg, type PosterOptions } from './svg.ts'

const scene: Scene = {
  narration: 'Real people who care about the details.',
  onScreenText: 'Real people. Real care.',
  visual: 'Close-up: hands at work.',
  shot: 'close-up',
  palette: ['#0f2a3a', '#1f4e5f', '#e07a3f', '#f2c58b', '#f5efe6'],
  durationSec: 5,
}
const options: PosterOptions = { aspect: '16:9', index: 2, total: 12, title: 'Bicycle Repair Shop: Made with Care' }

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

  test('the picture layer is the same poster without any text or the scrim behind it, in every aspect', () => {
    for (const aspect of ASPECT_RATIOS) {
      const poster = renderPosterSvg(scene, { ...options, aspect })
      const picture = renderPosterSvg(scene, { ...options, aspect, layer: 'picture' })
      expect(poster).toContain('<text')
      expect(picture).not.toContain('<text')
      expect(picture).not.toContain('-scrim)')
      // The composition (everything up to the texts) is the very same markup.
      expect(poster.startsWith(picture.slice(0, -'</svg>'.length))).toBe(true)
    }
  })

  test('is deterministic, and changes with the scene', () => {
    expect(renderPosterSvg(scene, options)).toBe(renderPosterSvg(scene, options))
    expect(renderPosterSvg({ ...scene, onScreenText: 'Other' }, options)).not.toBe(renderPosterSvg(scene, options))
    expect(renderPosterSvg({ ...scene, palette: ['#ffffff', '#eeeeee', '#000000'] }, options)).not.toBe(renderPosterSvg(scene, options))
  })

  test('shows the on-screen text, the scene number and the title', () => {
    const svg = renderPosterSvg(scene, options)
    expect(svg).toContain('>Real people. Real care.</tspan>')
    expect(svg).toContain('>03 / 12</text>')
    expect(svg).toContain('Bicycle Repair Shop: Made with Care</text>')
    expect(svg).toContain('<title id="')
  })

  test('each shot type has its own composition', () => {
    const bodies = SHOT_TYPES.map((shot) => renderPosterSvg({ ...scene, shot }, options).replace(/id="[^"]+"|url\(#[^)]+\)/g, ''))
    expect(new Set(bodies).size).toBe(SHOT_TYPES.length)
  })

  test('wraps long text onto several lines', () => {
    const svg = renderPosterSvg(
      { ...scene, onScreenText: 'A rather long line of on-screen text that cannot fit on one line' },
      { ...options, aspect: '9:16' },
    )
    expect(svg.match(/<tspan /g)!.length).toBeGreaterThan(1)
  })

  test('every text is escaped: markup, CDATA ends, ampersands and quotes', () => {
    const hostile = `<script>alert(1)</script> ]]> & "quoted" 'single'`
    const svg = renderPosterSvg({ ...scene, onScreenText: hostile }, { ...options, aspect: '1:1', title: hostile })
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
        const svg = renderPosterSvg({ ...scene, shot }, { ...options, aspect })
        expect(svg).not.toMatch(/<script|<foreignObject|<image|<use|<style|\son\w+=|href=|javascript:|@import/i)
        // Every url() points inside the document.
        for (const [, target] of svg.matchAll(/url\(([^)]*)\)/g)) expect(target).toStartWith('#')
      }
    }
  })

  test('is well-formed XML: balanced tags, no stray & or <', () => {
    for (const shot of SHOT_TYPES) {
      const svg = renderPosterSvg({ ...scene, shot, onScreenText: 'Tom & Jerry <3' }, { ...options, title: 'A & B' })
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
  })

  test('public posters are immutable, private ones revalidated (never past the session), nothing active allowed', () => {
    expect(posterHeaders('public')['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(posterHeaders('private')['cache-control']).toBe('private, no-cache')
    expect(posterHeaders('public')['content-type']).toBe('image/svg+xml; charset=utf-8')
    expect(posterHeaders('public')['content-security-policy']).toContain("default-src 'none'")
  })
})
