import { describe, expect, test } from 'bun:test'
import { escapeXml } from './escape.ts'

describe('escapeXml', () => {
  test('the five markup characters become entities', () => {
    expect(escapeXml(`<script>alert("x") & 'y'</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;')
  })

  test('CDATA ends and comments cannot close anything', () => {
    expect(escapeXml(']]><!-- -->')).toBe(']]&gt;&lt;!-- --&gt;')
  })

  test('characters XML forbids are dropped; ordinary Unicode is kept', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe\uD800f')).toBe('abcdef')
    expect(escapeXml('Café — 東京 🚲\n\t')).toBe('Café — 東京 🚲\n\t')
  })
})
