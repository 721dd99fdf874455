/**
 * Text for SVG/XML: the five markup characters become entities, and characters XML 1.0 forbids (control
 * characters, lone surrogates, U+FFFE/U+FFFF) are dropped, since a single one makes the image unreadable.
 * Safe in element content and in quoted attribute values.
 */
// eslint-disable-next-line no-control-regex
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export const escapeXml = (text: string): string => text.replace(INVALID_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char]!)
