declare module '*.json.gz' {
  /** With `{ type: 'file' }`: a path Bun.file() and node:fs read, inside the compiled binary too. */
  const path: string
  export default path
}
