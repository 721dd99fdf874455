/**
 * No import cycles, type-only ones included: a cycle makes evaluation order decide whether a value
 * is defined yet, and ties modules that should change alone. Read from the sources, so a new cycle
 * fails here, listing every one.
 */
import { describe, expect, test } from 'bun:test'
import { importCycles, importGraph, relativeImports } from './testing/import-graph.ts'

describe('import cycles', () => {
  test('server/, islands/, sw/ and shared/ have none', async () => {
    expect(importCycles(await importGraph(['server', 'islands', 'sw', 'shared']))).toEqual([])
  })

  test('every kind of relative import is read, and comments are not', () => {
    const text = [
      "import type { A } from './a.ts'",
      "import { type B, C } from '../b.ts'",
      "export type { D } from './d.ts'",
      "export * from './e.ts'",
      "import './f.ts'",
      "const g = await import('./g.ts')",
      "const h = require('./h.ts') as typeof import('./i.ts')",
      "import { z } from 'zod'",
      "// import { x } from './x.ts'",
      "/** @example import { y } from './y.ts' */",
    ].join('\n')
    expect(relativeImports('server/http/file.ts', text)).toEqual([
      'server/http/a.ts',
      'server/b.ts',
      'server/http/d.ts',
      'server/http/e.ts',
      'server/http/f.ts',
      'server/http/g.ts',
      'server/http/h.ts',
      'server/http/i.ts',
    ])
  })

  test('finds every cycle: a self-import, two files, three files; not a diamond', () => {
    const graph = new Map([
      ['self.ts', ['self.ts']],
      ['a.ts', ['b.ts', 'leaf.ts']],
      ['b.ts', ['a.ts']],
      ['x.ts', ['y.ts']],
      ['y.ts', ['z.ts']],
      ['z.ts', ['x.ts', 'outside.ts']],
      ['top.ts', ['left.ts', 'right.ts']],
      ['left.ts', ['leaf.ts']],
      ['right.ts', ['leaf.ts']],
      ['leaf.ts', []],
    ])
    expect(importCycles(graph)).toEqual([
      'a.ts -> b.ts -> a.ts  [a.ts, b.ts]',
      'self.ts -> self.ts  [self.ts]',
      'x.ts -> y.ts -> z.ts -> x.ts  [x.ts, y.ts, z.ts]',
    ])
  })
})
