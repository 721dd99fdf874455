import { afterAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VITALS_META_NAME } from './constants.ts'
import { VITALS_LOADER_SCRIPT } from './loader-script.ts'

const dir = await mkdtemp(join(tmpdir(), 'vitals-loader-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

let moduleCount = 0
/** A real module file whose evaluation the test can see (`import()` needs something to import). */
const moduleThatRecords = async (key: string) => {
  const path = join(dir, `vitals-${++moduleCount}.mjs`)
  await writeFile(path, `globalThis[${JSON.stringify(key)}] = (globalThis[${JSON.stringify(key)}] ?? 0) + 1`)
  return path
}

/**
 * Runs the inline script as a page would, against fakes of the few globals it touches: the
 * `load` listener and the idle callback are fired by the test, `Math.random` is fixed.
 */
const runLoader = (options: { meta?: Record<string, string>; random?: number }) => {
  const listeners = new Map<string, () => void>()
  const idle: (() => unknown)[] = []
  const document = {
    querySelector: (selector: string) => (selector === `meta[name=${VITALS_META_NAME}]` && options.meta ? { dataset: options.meta } : null),
  }
  const self = { requestIdleCallback: (callback: () => unknown) => idle.push(callback) }
  const fakeMath = { random: () => options.random ?? 0.5 }
  new Function('addEventListener', 'document', 'self', 'Math', VITALS_LOADER_SCRIPT)(
    (type: string, listener: () => void) => listeners.set(type, listener),
    document,
    self,
    fakeMath,
  )
  return {
    load: () => listeners.get('load')?.(),
    /** Runs the idle callbacks; resolves when what they started (the import) has settled. */
    idle: () => Promise.all(idle.splice(0).map((callback) => callback())),
    scheduled: () => idle.length,
  }
}

const loads = (key: string) => (globalThis as Record<string, unknown>)[key]

describe('the vitals loader (inline script)', () => {
  test('imports the module named by the meta only after load, and then only when the page is idle', async () => {
    const src = await moduleThatRecords('sampled')
    const page = runLoader({ meta: { src, rate: '1' }, random: 0.99 })
    expect(page.scheduled()).toBe(0)
    page.load()
    // Loaded, not idle yet: the import waits in the idle callback.
    expect(page.scheduled()).toBe(1)
    expect(loads('sampled')).toBeUndefined()
    await page.idle()
    expect(loads('sampled')).toBe(1)
  })

  test('a page view outside the sample downloads nothing', async () => {
    const src = await moduleThatRecords('unsampled')
    const page = runLoader({ meta: { src, rate: '0.25' }, random: 0.25 })
    page.load()
    expect(page.scheduled()).toBe(0)
    const inside = runLoader({ meta: { src, rate: '0.25' }, random: 0.24 })
    inside.load()
    await inside.idle()
    expect(loads('unsampled')).toBe(1)
  })

  test('without the meta (a page that does not report) it does nothing and throws nothing', () => {
    const page = runLoader({})
    expect(() => page.load()).not.toThrow()
    expect(page.scheduled()).toBe(0)
  })

  test('a module that fails to load is swallowed: vitals never cause an error on the page', async () => {
    const page = runLoader({ meta: { src: join(dir, 'missing.mjs'), rate: '1' } })
    page.load()
    let unhandled: unknown
    const onUnhandled = (reason: unknown) => (unhandled = reason)
    process.on('unhandledRejection', onUnhandled)
    await page.idle()
    await new Promise((resolve) => setImmediate(resolve)) // one task turn: when an unhandled rejection would be reported
    process.off('unhandledRejection', onUnhandled)
    expect(unhandled).toBeUndefined()
  })
})

describe('the vitals loader as inline text', () => {
  test('names no per-build URL and no `</script>`: its CSP hash is fixed and it is safe inline', () => {
    expect(VITALS_LOADER_SCRIPT).not.toMatch(/\/assets\//)
    expect(VITALS_LOADER_SCRIPT.toLowerCase()).not.toContain('</script')
  })
})
