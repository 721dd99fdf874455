import type { default as MarkdownItClass } from 'markdown-it'

type MarkdownIt = InstanceType<typeof MarkdownItClass>

/**
 * Markdown from the AI, rendered for people. Raw HTML is escaped (`html: false`), link targets are
 * checked by markdown-it's validateLink (no javascript:, vbscript:, file:, or data: other than
 * images), and images are dropped: an answer has no business loading third-party pixels.
 * markdown-it is loaded on first use: it costs ~3.5 ms of every cold start otherwise.
 */
let markdown: Promise<MarkdownIt> | undefined

const createMarkdown = async () => {
  const { default: MarkdownIt } = await import('markdown-it')
  const md = new MarkdownIt({ html: false, linkify: false, typographer: true, breaks: false })
  md.disable(['image'])
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options))
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx]!.attrSet('rel', 'nofollow noopener noreferrer')
    return defaultLinkOpen(tokens, idx, options, env, self)
  }
  return md
}

export const renderMarkdown = async (text: string): Promise<string> => (await (markdown ??= createMarkdown())).render(text)
