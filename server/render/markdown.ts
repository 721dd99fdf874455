import MarkdownIt from 'markdown-it'

/**
 * Markdown from the AI, rendered for people. Raw HTML is escaped (`html: false`), link targets are
 * checked by markdown-it's validateLink (no javascript:, vbscript:, file:, or data: other than
 * images), and images are dropped: an answer has no business loading third-party pixels.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true, breaks: false })
markdown.disable(['image'])

const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options))
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('rel', 'nofollow noopener noreferrer')
  return defaultLinkOpen(tokens, idx, options, env, self)
}

export const renderMarkdown = (text: string): string => markdown.render(text)
