/**
 * The storyboard editor in Chromium against the compiled binary: edit a scene (saved, survives a
 * reload), undo, regenerate one scene, restore an older version, two tabs on one video (the second
 * save gets the conflict; reload and overwrite both work), and a phone-sized smoke. The built-in
 * writer makes the video: no network at all.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { chromiumForTests, collectPageErrors, launchBrowser, startBinary, type RunningBinary } from './harness/index.ts'

const chromiumExecutable = chromiumForTests()

type VideoJson = { id: string; status: string; version: number; scenes: { narration: string }[] }

describe.skipIf(!chromiumExecutable)('the storyboard editor in Chromium', () => {
  let server: RunningBinary
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let errors: string[]
  let videoId = ''
  let original: string[] = []

  /** The video as the API has it now (the page's own session). */
  const stored = (on: Page = page) =>
    on.evaluate(async (id) => (await (await fetch(`/api/videos/${id}`, { cache: 'no-store' })).json()) as VideoJson, videoId)
  const narration = (on: Page, index: number) => on.locator('.ed-scene').nth(index).getByLabel('Narration')
  const status = (on: Page) => on.locator('.ed-status')
  const saved = async (on: Page = page) => {
    await on.locator('.ed-status-saved').waitFor()
  }
  const openEditor = async (on: Page) => {
    await on.goto(`${server.url}/videos/${videoId}`)
    // Hydrated: the status region answers to edits only then.
    await on.locator('.editor[data-hydrated]').waitFor()
  }

  beforeAll(async () => {
    server = await startBinary()
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
    context = await browser.newContext({ locale: 'en-US' })
    context.setDefaultTimeout(15_000)
    page = await context.newPage()
    errors = collectPageErrors(page).errors
    await page.goto(`${server.url}/signup`)
    await page.fill('#email', `ada-${crypto.randomUUID()}@example.com`)
    await page.fill('#password', 'correct horse battery staple')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    videoId = await page.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string }
      const response = await fetch('/api/videos', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: JSON.stringify({
          prompt: 'A 15-second ad for a bicycle repair shop',
          style: 'playful',
          durationSec: 15,
          aspect: '16:9',
          language: 'en',
        }),
      })
      return ((await response.json()) as { id: string }).id
    })
    // Waits inside the page for the job (the built-in writer and the built-in voice): bounded by the test's timeout.
    await page.evaluate(async (id) => {
      while (((await (await fetch(`/api/videos/${id}`, { cache: 'no-store' })).json()) as { status: string }).status !== 'ready')
        await new Promise((resolve) => setTimeout(resolve, 200))
    }, videoId)
    original = (await stored()).scenes.map((scene) => scene.narration)
    expect(original.length).toBeGreaterThan(2)
  }, 60_000)

  afterAll(async () => {
    try {
      await browser?.close()
    } finally {
      await server?.stop()
    }
  }, 30_000)

  test('edit a scene: saved with its ETag, and still there after a reload', async () => {
    await openEditor(page)
    expect(await status(page).textContent()).toBe('All changes saved.')
    await narration(page, 1).fill('A flat tyre fixed before your coffee cools.')
    await saved()
    expect((await stored()).scenes[1]!.narration).toBe('A flat tyre fixed before your coffee cools.')
    await openEditor(page)
    expect(await narration(page, 1).inputValue()).toBe('A flat tyre fixed before your coffee cools.')
  })

  test('undo (button and Ctrl+Z) brings the text back and saves that too', async () => {
    await narration(page, 0).fill('First draft.')
    await saved()
    await page.getByRole('button', { name: 'Undo' }).click()
    expect(await narration(page, 0).inputValue()).toBe(original[0]!)
    await saved()
    expect((await stored()).scenes[0]!.narration).toBe(original[0]!)
    await narration(page, 0).fill('Second draft.')
    await narration(page, 0).blur()
    await page.keyboard.press('Control+z')
    expect(await narration(page, 0).inputValue()).toBe(original[0]!)
    await saved()
  })

  test('reorder by keyboard keeps focus on the moved scene, and the order is saved', async () => {
    const before = (await stored()).scenes.map((scene) => scene.narration)
    await narration(page, 0).focus()
    await page.keyboard.press('Alt+ArrowDown')
    await saved()
    expect((await stored()).scenes.slice(0, 2).map((scene) => scene.narration)).toEqual(before.slice(0, 2).reverse())
    expect(await page.evaluate(() => document.activeElement?.closest('.ed-scene')?.querySelector('h3')?.textContent)).toBe('Scene 2')
    await page.locator('.ed-scene').nth(1).getByRole('button', { name: 'Move up' }).click()
    await saved()
    expect((await stored()).scenes[0]!.narration).toBe(before[0]!)
  })

  test('regenerate one scene: only that scene changes', async () => {
    const before = (await stored()).scenes.map((scene) => scene.narration)
    await page.locator('.ed-scene').nth(2).getByRole('button', { name: 'Punchier' }).click()
    await saved()
    const after = (await stored()).scenes.map((scene) => scene.narration)
    expect(after[2]).not.toBe(before[2])
    expect(after.filter((text, index) => text !== before[index])).toEqual([after[2]!])
    expect(await narration(page, 2).inputValue()).toBe(after[2]!)
  })

  test('restore an older version: the first one comes back as a new version', async () => {
    const versionBefore = (await stored()).version
    await page.locator('.ed-history summary').click()
    // Newest first: the last one is the generated storyboard.
    const first = page.locator('.ed-versions li').last()
    await first.getByRole('button', { name: 'Compare' }).waitFor()
    expect(await first.textContent()).toContain('Generated')
    await first.getByRole('button', { name: 'Compare' }).click()
    await page.locator('.ed-compare').waitFor()
    await first.getByRole('button', { name: 'Restore' }).click()
    await saved()
    const now = await stored()
    expect(now.version).toBeGreaterThan(versionBefore)
    expect(now.scenes.map((scene) => scene.narration)).toEqual(original)
    expect(await narration(page, 1).inputValue()).toBe(original[1]!)
  })

  test('two tabs: the second save gets the conflict; reload keeps its text visible, overwrite saves it', async () => {
    const other = await context.newPage()
    await openEditor(page)
    await openEditor(other)
    await narration(page, 0).fill('Written in tab A.')
    await saved(page)
    await narration(other, 0).fill('Written in tab B.')
    const alert = other.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('This video was changed elsewhere')
    expect((await stored()).scenes[0]!.narration).toBe('Written in tab A.')

    await alert.getByRole('button', { name: 'Reload the current version' }).click()
    await saved(other)
    expect(await narration(other, 0).inputValue()).toBe('Written in tab A.')
    expect(await other.locator('.ed-kept textarea').first().inputValue()).toBe('Written in tab B.')
    await other.getByRole('button', { name: 'Dismiss' }).click()

    // Now tab A is the stale one: it chooses to overwrite.
    await narration(other, 1).fill('Tab B again.')
    await saved(other)
    await narration(page, 1).fill('Tab A wins.')
    await page.getByRole('alert').waitFor()
    await page.getByRole('button', { name: 'Overwrite with mine' }).click()
    await saved(page)
    const now = await stored()
    expect(now.scenes[1]!.narration).toBe('Tab A wins.')
    await other.close()
  })

  test('the music level chosen in the player is saved, and the editor saves after it without a conflict', async () => {
    await openEditor(page)
    const before = await stored()
    const musicSwitch = page.getByRole('checkbox', { name: 'Music' })
    await musicSwitch.scrollIntoViewIfNeeded()
    // The player hydrates when visible: its switch is enabled then.
    await page.locator('input.player-music-on:not([disabled])').waitFor()
    await musicSwitch.uncheck()
    // Waits inside the page for the saved level (bounded by the test's timeout).
    await page.evaluate(async (id) => {
      const level = async () =>
        ((await (await fetch(`/api/videos/${id}`, { cache: 'no-store' })).json()) as { music: { level: number } }).music.level
      while ((await level()) !== 0) await new Promise((resolve) => setTimeout(resolve, 100))
    }, videoId)
    const afterMusic = (await stored()) as VideoJson & { music: { level: number } }
    expect(afterMusic.version).toBe(before.version + 1)
    await narration(page, 0).fill('Saved after the music changed.')
    await saved()
    expect(await page.getByRole('alert').count()).toBe(0)
    const now = await stored()
    expect(now.version).toBe(afterMusic.version + 1)
    expect(now.scenes[0]!.narration).toBe('Saved after the music changed.')
    // And it is what the next visit plays: the switch comes back off.
    await openEditor(page)
    expect(await page.locator('input.player-music-on').isChecked()).toBe(false)
  })

  test('on a phone (390x844): one column, nothing wider than the screen, large targets', async () => {
    const phone = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
    phone.setDefaultTimeout(15_000)
    await phone.addCookies(await context.cookies())
    const small = await phone.newPage()
    await openEditor(small)
    const layout = await small.evaluate(() => {
      const buttons = [...document.querySelectorAll<HTMLElement>('.editor button')].filter((button) => button.offsetParent !== null)
      return {
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        smallest: Math.min(...buttons.map((button) => button.getBoundingClientRect().height)),
        columns: new Set([...document.querySelectorAll('.ed-scene')].map((scene) => scene.getBoundingClientRect().left)).size,
      }
    })
    expect(layout).toEqual({ overflow: 0, smallest: expect.any(Number), columns: 1 })
    expect(layout.smallest).toBeGreaterThanOrEqual(40)
    await narration(small, 2).fill('Typed on a phone.')
    await saved(small)
    expect((await stored()).scenes[2]!.narration).toBe('Typed on a phone.')
    await phone.close()
  })

  test('no page errors (but the stale save the conflict test provoked)', () => {
    expect(errors.filter((error) => !error.includes('status of 412'))).toEqual([])
  })
})
