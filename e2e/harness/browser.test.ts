import { afterAll, beforeAll, describe, expect, spyOn, test } from 'bun:test'
import type { Browser } from 'playwright-core'
import { chromiumForTests, chromiumPath, DEFAULT_CHROMIUM_PATH, launchBrowser } from './browser.ts'
import { collectPageErrors, recordRequests } from './page-watch.ts'
import { waitForText } from './wait.ts'

const nowhere = () => false
const everywhere = () => true

describe('chromiumForTests: run, skip or fail', () => {
  test('returns the Debian path when it exists', () => {
    expect(chromiumForTests({}, everywhere)).toBe(DEFAULT_CHROMIUM_PATH)
  })

  test('CHROMIUM_PATH wins over the default', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome')
    expect(chromiumForTests({ CHROMIUM_PATH: '/opt/chrome/chrome' }, (path) => path === '/opt/chrome/chrome')).toBe('/opt/chrome/chrome')
  })

  test('missing on a laptop: skip (null) and say why', () => {
    const warn = spyOn(console, 'warn').mockImplementation(() => {})
    try {
      expect(chromiumForTests({}, nowhere)).toBeNull()
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`Chromium not found at ${DEFAULT_CHROMIUM_PATH}`))
    } finally {
      warn.mockRestore()
    }
  })

  test('missing in CI: an error, because a skipped suite would look green', () => {
    expect(() => chromiumForTests({ CI: 'true' }, nowhere)).toThrow('CI must run the browser tests')
  })
})

// The page helpers against a real browser, on pages built with setContent (no server needed).
const chromiumExecutable = chromiumForTests()

describe.skipIf(!chromiumExecutable)('page helpers in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
  }, 30_000)
  afterAll(() => browser?.close(), 30_000)

  test('collectPageErrors sees console.error and uncaught exceptions, not console.log', async () => {
    const page = await browser.newPage()
    try {
      const { errors } = collectPageErrors(page)
      await page.setContent(`<script>console.log('fine'); console.error('broken'); setTimeout(() => { throw new Error('boom') })</script>`)
      await page.waitForTimeout(100)
      expect(errors).toHaveLength(2)
      expect(errors[0]).toStartWith('console.error: broken')
      expect(errors[1]).toStartWith('uncaught: Error: boom')
    } finally {
      await page.close()
    }
  })

  test('recordRequests lists what the page asked for, in order', async () => {
    const page = await browser.newPage()
    try {
      // Answer every request ourselves: no server, no network.
      await page.route('**/*', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>ok</p>' }))
      const requests = recordRequests(page)
      await page.goto('http://app.test/first')
      await page.evaluate(() => fetch('/second?x=1'))
      expect(requests.urls).toEqual(['http://app.test/first', 'http://app.test/second?x=1'])
      expect(requests.requested('/second')).toBe(true)
      expect(requests.requested('/third')).toBe(false)
      requests.stop()
      await page.evaluate(() => fetch('/third'))
      expect(requests.urls).toHaveLength(2)
    } finally {
      await page.close()
    }
  })

  test('waitForText resolves when the text arrives and names the element when it does not', async () => {
    const page = await browser.newPage()
    try {
      await page.setContent(`<output>1</output><script>setTimeout(() => document.querySelector('output').textContent = '2', 100)</script>`)
      await waitForText(page.locator('output'), '2', 2000)
      await expect(waitForText(page.locator('output'), '3', 300)).rejects.toThrow(
        `locator('output'): expected text "3", still "2" after 300 ms`,
      )
      await expect(waitForText(page.locator('nav'), 'x', 300)).rejects.toThrow(
        `locator('nav'): expected text "x", and could not read it (no such element?) after 300 ms`,
      )
    } finally {
      await page.close()
    }
  })
})
