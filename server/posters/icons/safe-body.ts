/**
 * Only shapes and paint, no references outside the drawing: a body with anything else (a `<use>`
 * pointing elsewhere, an event handler, a link) is left out of the library rather than cleaned.
 */
const ELEMENTS = new Set(['g', 'path', 'circle', 'ellipse', 'rect', 'defs', 'linearGradient', 'radialGradient', 'stop', 'clipPath'])
// biome-ignore format: a list of names
const ATTRIBUTES = new Set([
  'fill', 'd', 'fill-rule', 'clip-rule', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'width', 'height', 'id', 'stop-color',
  'stop-opacity', 'offset', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'transform',
  'gradientUnits', 'gradientTransform', 'opacity', 'fill-opacity', 'clip-path', 'x1', 'x2', 'y1', 'y2', 'fx', 'fy',
])

export const isSafeBody = (body: string): boolean => {
  const withoutTags = body.replace(/<\/?([a-zA-Z]+)((?:\s+[\w:-]+="[^"<>]*")*)\s*\/?>/g, (_tag, name: string, attributes: string) => {
    if (!ELEMENTS.has(name)) return '\u0000'
    for (const [, attribute, value] of attributes.matchAll(/([\w:-]+)="([^"]*)"/g)) {
      if (!ATTRIBUTES.has(attribute!)) return '\u0000'
      // The only reference allowed is to a gradient or clip path inside the same drawing.
      if (/url\(/.test(value!) && !/^url\(#[\w-]+\)$/.test(value!)) return '\u0000'
    }
    return ''
  })
  return withoutTags.trim() === ''
}
