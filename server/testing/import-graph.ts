import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** The repository root: every path below is relative to it. */
export const ROOT = join(import.meta.dir, '..', '..')

/** Who imports whom: each source file (root-relative) to the root-relative paths it imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>

/**
 * Static imports and re-exports (`import type` and `export … from` too, which a bundler's scanner
 * drops), side-effect imports, `import('…')` and `require('…')`. Comment lines are removed first so
 * an example in a doc comment is not read as an import.
 */
const SPECIFIER = /\bfrom\s+'(\.[^']+)'|\bimport\s+'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)|\brequire\(\s*'(\.[^']+)'\s*\)/g
const COMMENTS = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm

/** The relative imports of `text`, the source of `file`, resolved to root-relative paths. */
export const relativeImports = (file: string, text: string): string[] =>
  [...text.replace(COMMENTS, '').matchAll(SPECIFIER)].map((match) => relative(ROOT, join(ROOT, file, '..', match.slice(1).find(Boolean)!)))

/** The import graph of every non-test TypeScript source under `dirs`. */
export const importGraph = async (dirs: readonly string[]): Promise<ImportGraph> => {
  const graph = new Map<string, string[]>()
  for (const dir of dirs) {
    for (const name of await readdir(join(ROOT, dir), { recursive: true })) {
      if (!/\.tsx?$/.test(name) || /\.test\.tsx?$/.test(name)) continue
      const file = join(dir, name)
      graph.set(file, relativeImports(file, await readFile(join(ROOT, file), 'utf8')))
    }
  }
  return graph
}

/** The shortest path of imports from `from` back to itself inside `members`. */
const shortestLoop = (graph: ImportGraph, from: string, members: ReadonlySet<string>): string[] => {
  const cameFrom = new Map<string, string>()
  const queue = [from]
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const next of graph.get(at) ?? []) {
      if (!members.has(next) || cameFrom.has(next)) continue
      cameFrom.set(next, at)
      if (next === from) {
        const loop = [from]
        for (let step = cameFrom.get(from)!; step !== from; step = cameFrom.get(step)!) loop.unshift(step)
        return [from, ...loop]
      }
      queue.push(next)
    }
  }
  return [from]
}

/**
 * Every import cycle, one line per strongly connected component (Tarjan): a shortest loop through
 * its first file, then every file caught in it. Empty when the graph has no cycle.
 */
export const importCycles = (graph: ImportGraph): string[] => {
  const order = new Map<string, number>()
  const lowest = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  const visit = (file: string) => {
    order.set(file, order.size)
    lowest.set(file, order.get(file)!)
    stack.push(file)
    onStack.add(file)
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue
      if (!order.has(next)) {
        visit(next)
        lowest.set(file, Math.min(lowest.get(file)!, lowest.get(next)!))
      } else if (onStack.has(next)) lowest.set(file, Math.min(lowest.get(file)!, order.get(next)!))
    }
    if (lowest.get(file) !== order.get(file)) return
    const component: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      component.push(member)
    } while (member !== file)
    if (component.length > 1 || graph.get(file)?.includes(file)) components.push(component.sort())
  }
  for (const file of graph.keys()) if (!order.has(file)) visit(file)
  return components
    .sort((a, b) => a[0]!.localeCompare(b[0]!))
    .map((component) => `${shortestLoop(graph, component[0]!, new Set(component)).join(' -> ')}  [${component.join(', ')}]`)
}
