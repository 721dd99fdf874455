/**
 * Builds a second version of the app, as a deploy would, without touching the working tree's
 * build: the sources are copied to a temporary directory, edited there, and built with the same
 * `scripts/build.ts`. Returns the compiled binary; `remove()` deletes the directory.
 */
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ROOT } from '../scripts/build/paths.ts'

/** What the build reads: sources, static files, the package manifest (for the version) and configs. */
const SOURCES = [
  'server',
  'islands',
  'scripts',
  'shared',
  'static',
  'sw',
  'package.json',
  'tsconfig.json',
  'bunfig.toml',
  'THIRD_PARTY_NOTICES.md',
]
/** Tests beside the code are not needed to build and would only slow the copy down. */
const isTest = (path: string) => /\.test\.tsx?$/.test(path)

/**
 * An edit of one source file: text appended to it, one passage replaced (it must be there exactly
 * once, so a variant whose anchor moved fails to build instead of building something else), or a
 * new file written.
 */
export type SourceEdit = { file: string; append: string } | { file: string; replace: [string, string] } | { file: string; write: string }

const applyEdit = async (dir: string, edit: SourceEdit) => {
  const path = join(dir, edit.file)
  if ('write' in edit) {
    await mkdir(dirname(path), { recursive: true })
    return writeFile(path, edit.write)
  }
  const text = await readFile(path, 'utf8')
  if ('append' in edit) return writeFile(path, text + edit.append)
  const [from, to] = edit.replace
  if (text.split(from).length !== 2) throw new Error(`variant edit of ${edit.file}: ${JSON.stringify(from)} is not there exactly once`)
  return writeFile(
    path,
    text.replace(from, () => to),
  )
}

export const buildVariant = async (edits: SourceEdit[], options: { timeoutMs?: number } = {}) => {
  const dir = await mkdtemp(join(tmpdir(), 'reelsmith-variant-'))
  try {
    for (const source of SOURCES) await cp(join(ROOT, source), join(dir, source), { recursive: true, filter: (path) => !isTest(path) })
    await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
    for (const edit of edits) await applyEdit(dir, edit)
    const build = Bun.spawn([process.execPath, 'scripts/build.ts'], {
      cwd: dir,
      stdout: 'pipe',
      stderr: 'pipe',
      timeout: options.timeoutMs ?? 120_000,
    })
    const [output, errors, exitCode] = await Promise.all([
      new Response(build.stdout).text(),
      new Response(build.stderr).text(),
      build.exited,
    ])
    if (exitCode !== 0) throw new Error(`the variant build failed (${exitCode}):\n${output}\n${errors}`)
    return { binary: join(dir, 'dist', 'reelsmith'), remove: () => rm(dir, { recursive: true, force: true }) }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}
