import { describe, expect, test } from 'bun:test'
import { Window } from 'happy-dom'
import { SW_REGISTER_SCRIPT } from './inline-script.ts'

const KEY = 'key-rendered-by-the-server'

/** A page with the create form's hidden key, in a browser with or without service workers; the script runs as the page's last one. */
const runOnPage = (options: { serviceWorkers: boolean }) => {
  const window = new Window({ url: 'https://reelsmith.test/' })
  window.document.body.innerHTML = `<form><input type="hidden" name="idempotencyKey" value="${KEY}"><input name="prompt" value="keep me"></form>`
  if (options.serviceWorkers) Object.defineProperty(window.navigator, 'serviceWorker', { value: {} })
  const idle: { callback: () => void; options: unknown }[] = []
  Object.assign(window, {
    requestIdleCallback: (callback: () => void, idleOptions: unknown) => idle.push({ callback, options: idleOptions }),
  })
  window.eval(SW_REGISTER_SCRIPT)
  const doc = window.document as unknown as Document
  const key = () => doc.querySelector<HTMLInputElement>('input[name=idempotencyKey]')!.value
  return { window, doc, key, idle }
}

describe('the inline worker bootstrap', () => {
  test('names no per-build URL and no `</script>`: its CSP hash is fixed and it is safe inline', () => {
    expect(SW_REGISTER_SCRIPT).not.toMatch(/\/assets\//)
    expect(SW_REGISTER_SCRIPT.toLowerCase()).not.toContain('</script')
  })

  test('gives the form a fresh idempotency key at once, leaving the other fields alone', () => {
    const page = runOnPage({ serviceWorkers: true })
    expect(page.key()).not.toBe(KEY)
    expect(page.key()).toMatch(/^[0-9a-f-]{36}$/)
    expect(page.doc.querySelector<HTMLInputElement>('input[name=prompt]')!.value).toBe('keep me')
  })

  test('and another one when the page comes back from the back/forward cache, not on an ordinary pageshow', () => {
    const page = runOnPage({ serviceWorkers: true })
    const first = page.key()
    page.window.dispatchEvent(Object.assign(new page.window.Event('pageshow'), { persisted: false }))
    expect(page.key()).toBe(first)
    page.window.dispatchEvent(Object.assign(new page.window.Event('pageshow'), { persisted: true }))
    expect(page.key()).not.toBe(first)
  })

  test('loads the worker client only after load, when the page is idle (at most 5 s later)', () => {
    const page = runOnPage({ serviceWorkers: true })
    expect(page.idle).toHaveLength(0)
    page.window.dispatchEvent(new page.window.Event('load'))
    expect(page.idle).toHaveLength(1)
    expect(page.idle[0]!.options).toEqual({ timeout: 5000 })
  })

  test('does nothing in a browser without service workers', () => {
    const page = runOnPage({ serviceWorkers: false })
    page.window.dispatchEvent(new page.window.Event('load'))
    expect(page.key()).toBe(KEY)
    expect(page.idle).toHaveLength(0)
  })
})
