/**
 * Renders the app icons the web manifest lists, once, with the system Chromium:
 *
 *   bun scripts/make-icons.ts
 *
 * writes static/public/icon-{192,512}.png (the rounded icon, transparent corners) and
 * icon-maskable-{192,512}.png (full-bleed background, the glyph inside the central safe zone, a
 * circle of 80% of the width, which launchers may crop to any shape). The PNGs are committed; run
 * this again only when static/public/icon.svg changes.
 */
import { join } from 'node:path'
import { launchBrowser } from '../e2e/harness/browser.ts'
import { ROOT } from './build/paths.ts'

const PUBLIC = join(ROOT, 'static/public')
const BACKGROUND = '#5b47e0'
const GLYPH = '<path d="M12 9l12 7-12 7z" fill="#fff"/>'

/** The same drawing as icon.svg, at `size` pixels. */
const roundedIcon = (size: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="${BACKGROUND}"/>${GLYPH}</svg>`

/**
 * Maskable: a square background to every edge, the glyph scaled down (viewBox widened to 40 units
 * around the 32-unit drawing), so its farthest point from the centre (8 units) stays well inside
 * the safe-zone radius (16 of 40 units).
 */
const maskableIcon = (size: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="-4 -4 40 40"><rect x="-4" y="-4" width="40" height="40" fill="${BACKGROUND}"/>${GLYPH}</svg>`

const browser = await launchBrowser()
try {
  for (const size of [192, 512]) {
    for (const [name, svg] of [
      [`icon-${size}.png`, roundedIcon(size)],
      [`icon-maskable-${size}.png`, maskableIcon(size)],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 })
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`)
      const png = await page.locator('svg').screenshot({ type: 'png', omitBackground: true })
      await Bun.write(join(PUBLIC, name), png)
      console.log(`${name}: ${size}x${size}, ${png.byteLength} bytes`)
      await page.close()
    }
  }
} finally {
  await browser.close()
}
