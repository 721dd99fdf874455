import { describe, expect, test } from 'bun:test'
import { renderMarkdown } from './markdown.ts'

describe('renderMarkdown', () => {
  test('renders the Markdown an assistant writes', async () => {
    const html = await renderMarkdown('## Scene 3\n\n- **Punchier**: cut to the bell\n- *Shorter* lines\n\n1. one\n2. two\n\n`code`')
    expect(html).toContain('<h2>Scene 3</h2>')
    expect(html).toContain('<li><strong>Punchier</strong>: cut to the bell</li>')
    expect(html).toContain('<em>Shorter</em>')
    expect(html).toContain('<ol>')
    expect(html).toContain('<code>code</code>')
  })

  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img'],
    ['<a href="javascript:alert(1)">x</a>', '&lt;a href'],
    ['<!--<script>-->', '&lt;script&gt;'],
  ])('raw HTML is shown as text, never parsed: %s', async (input, escaped) => {
    const html = await renderMarkdown(input)
    expect(html).toContain(escaped)
    expect(html).not.toMatch(/<(script|img|a)[\s>]/)
  })

  test('dangerous link targets stay text', async () => {
    const html = await renderMarkdown('[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:x)')
    expect(html).not.toContain('href')
  })

  test('safe links get rel=nofollow noopener; images are not rendered', async () => {
    const html = await renderMarkdown('[docs](https://example.com/a) ![pixel](https://tracker.example/p.png)')
    expect(html).toContain('<a href="https://example.com/a" rel="nofollow noopener noreferrer">docs</a>')
    expect(html).not.toContain('<img')
  })
})
