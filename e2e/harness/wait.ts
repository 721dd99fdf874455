import type { Locator } from 'playwright-core'

/** One read of the text; undefined when the element is not there (yet) or the read timed out. */
const readText = (locator: Locator, timeoutMs: number) => locator.textContent({ timeout: Math.max(1, timeoutMs) }).catch(() => undefined)

/**
 * Waits until the element's text is exactly `expected`, polling (playwright-core has no retrying
 * `expect`). On timeout the error names the element and the text it last had, not just "timeout".
 */
export const waitForText = async (locator: Locator, expected: string, timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  let last: string | null | undefined
  for (;;) {
    const remaining = deadline - Date.now()
    const actual = await readText(locator, Math.min(1000, remaining))
    if (actual === expected) return
    if (actual !== undefined) last = actual
    if (remaining <= 0) {
      // A busy machine can make every read within the budget time out: one more look, for the message.
      last ??= await readText(locator, 1000)
      const seen = last === undefined ? 'and could not read it (no such element?)' : `still ${JSON.stringify(last)}`
      throw new Error(`${locator}: expected text ${JSON.stringify(expected)}, ${seen} after ${timeoutMs} ms`)
    }
    await Bun.sleep(Math.min(50, remaining))
  }
}
