/**
 * The third-party notice: every package whose code ends up inside `dist/reelsmith` (the server
 * bundle) or in a file it serves to browsers (islands, vitals, service worker), with its licence
 * text. Found by bundling the same entry points with esbuild and reading the metafile's inputs,
 * so the list follows the imports, not a hand-kept table.
 *
 *   bun scripts/build/third-party.ts          print the notice
 *   bun scripts/build/third-party.ts --write  rewrite THIRD_PARTY_NOTICES.md (the build serves it)
 */
import * as esbuild from 'esbuild'
import { readdir, readFile, realpath } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { ROOT, SERVER_ENTRIES } from './paths.ts'
import { ICON_LIBRARY_SOURCES } from '../../server/posters/icons/sources.ts'

export const NOTICE_FILE = join(ROOT, 'THIRD_PARTY_NOTICES.md')
/** Where the binary serves it (a path under build/public). */
export const NOTICE_URL = 'third-party-notices.txt'

/** Not npm packages, but inside the binary too: the runtime `bun build --compile` embeds. */
const RUNTIME_NOTICE = `## Bun runtime (embedded by \`bun build --compile\`)

Licence: MIT. The Bun executable that every compiled binary carries statically links, among
others, JavaScriptCore and WebKit's WTF (LGPL-2.1-or-later and BSD-2-Clause), BoringSSL
(ISC/OpenSSL), SQLite (public domain), zlib (Zlib), brotli (MIT), c-ares (MIT), libuv (MIT),
mimalloc (MIT), lol-html (BSD-3-Clause), libarchive (BSD-2-Clause), tinycc (LGPL-2.1) and
zstd (BSD-3-Clause). The LGPL components may be replaced: the binary is the Bun runtime plus
this project's JavaScript, which \`bun build --compile\` rebuilds from the sources in this
repository.
`

const sourceFiles = async (dir: string) =>
  (await readdir(join(ROOT, dir), { recursive: true }))
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(ROOT, dir, file))

/**
 * `node_modules/a/node_modules/@scope/b/dist/x.js` -> `node_modules/a/node_modules/@scope/b`: the
 * package's own directory (a nested copy may be another version than the top-level one).
 */
const packageDirOf = (input: string): string | undefined => {
  const at = input.lastIndexOf('node_modules/')
  if (at === -1) return undefined
  const parts = input.slice(at + 'node_modules/'.length).split('/')
  const name = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
  return input.slice(0, at + 'node_modules/'.length) + name
}

/**
 * Files the compiled binary embeds as they are (`with { type: 'file' }`: the generated asset table,
 * wasm) are not JavaScript to follow; their packages are found through the modules that use them.
 */
const embeddedFilesAreExternal: esbuild.Plugin = {
  name: 'embedded-files-are-external',
  setup(build) {
    build.onResolve({ filter: /./ }, (args) =>
      args.with.type === 'file' || args.path.endsWith('build/asset-table.ts') ? { path: args.path, external: true } : undefined,
    )
  },
}

/** The directories (relative to the root) of the packages bundled into the server or any browser file. */
export const embeddedPackages = async (): Promise<string[]> => {
  const common = {
    bundle: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: ROOT,
    plugins: [embeddedFilesAreExternal],
  } satisfies esbuild.BuildOptions
  const builds = await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: SERVER_ENTRIES,
      platform: 'node',
      format: 'esm',
      outdir: '/tmp/notice',
      external: ['bun', 'bun:*'],
    }),
    esbuild.build({
      ...common,
      entryPoints: [...(await sourceFiles('islands')), ...(await sourceFiles('sw'))],
      platform: 'browser',
      format: 'esm',
      outdir: '/tmp/notice',
      jsx: 'automatic',
      jsxImportSource: 'preact',
    }),
  ])
  const dirs = new Set<string>()
  for (const build of builds) {
    for (const input of Object.keys(build.metafile.inputs)) {
      // `(disabled):…` marks a module a package's browser field replaces with nothing: not embedded.
      if (!input.startsWith('(disabled):')) dirs.add(packageDirOf(input) ?? '')
    }
  }
  dirs.delete('')
  // Data embedded as a generated file, not imported: the posters' picture library names its packages.
  // Through the real path, as esbuild reports it, so the order is the same in a worktree.
  for (const name of ICON_LIBRARY_SOURCES) dirs.add(relative(ROOT, await realpath(join(ROOT, 'node_modules', name))))
  return [...dirs].sort()
}

/** The MIT licence's text after its copyright line (for a package that ships no licence file). */
const MIT_TERMS = `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`

/**
 * Iconify icon-set packages carry no licence file; their info.json names the set's licence and
 * author. An MIT set gets the MIT text with that author; any other licence fails the notice, so
 * a set under terms nobody has read cannot slip in.
 */
const iconSetLicence = async (dir: string) => {
  const info = await readFile(join(dir, 'info.json'), 'utf8').catch(() => undefined)
  if (!info) return undefined
  const { author, license } = JSON.parse(info) as { author?: { name?: string }; license?: { spdx?: string } }
  if (license?.spdx !== 'MIT' || !author?.name)
    throw new Error(`${dir}: icon set licence ${license?.spdx ?? 'unknown'}, author ${author?.name ?? 'unknown'}`)
  return `MIT License\n\nCopyright (c) ${author.name}.\n\n${MIT_TERMS}`
}

const licenceText = async (dir: string) => {
  const file = (await readdir(dir)).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name))
  return file ? (await readFile(join(dir, file), 'utf8')).trim() : await iconSetLicence(dir)
}

/** The notice as Markdown: one section per package, name, version, SPDX licence, licence text. */
export const renderNotice = async (packageDirs: readonly string[]): Promise<string> => {
  const sections: string[] = []
  for (const packageDir of packageDirs) {
    const dir = join(ROOT, packageDir)
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string }
    const text = await licenceText(dir)
    sections.push(
      `## ${manifest.name} ${manifest.version}\n\nLicence: ${manifest.license ?? 'see text'}\n${text ? `\n\`\`\`\n${text}\n\`\`\`\n` : ''}`,
    )
  }
  return `# Third-party notices

Reelsmith is free software under the GNU General Public License, version 3 or later (see
LICENSE): it embeds eSpeak NG, which is GPL-3.0-or-later, so the binary as a whole is a GPL-3
combined work. It contains the components below, each under its own licence. This file is
generated from the bundled imports by \`bun scripts/build/third-party.ts --write\`, and a test
fails when it no longer matches them.

${RUNTIME_NOTICE}
${sections.join('\n')}`
}

if (import.meta.main) {
  const notice = await renderNotice(await embeddedPackages())
  if (process.argv.includes('--write')) await Bun.write(NOTICE_FILE, notice)
  else console.log(notice)
}
