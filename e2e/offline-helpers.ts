/**
 * What the offline and update tests share: a slow fake AI (so progress can be seen), signing up,
 * waiting for the worker, and reading CacheStorage from the page. Talks to the real binary only.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { createLocalProvider } from '../server/ai/local/provider.ts'
import { chatCompletion, startFakeOpenAi } from '../server/ai/openai/fake-server.ts'
import { videoRequestSchema } from '../server/ai/storyboard.ts'

/**
 * An OpenAI-compatible fake that answers after `delayMs` with the local writer's storyboard for
 * the requested duration (read from the prompt the server sends: "Duration: N seconds").
 */
export const startSlowFakeAi = (delayMs: number) =>
  startFakeOpenAi(async (body) => {
    const durationSec = Number(/Duration: (\d+) seconds/.exec(JSON.stringify(body))?.[1] ?? 30)
    const request = videoRequestSchema.parse({
      prompt: 'A short film for a test',
      style: 'cinematic',
      durationSec,
      aspect: '16:9',
      language: 'en',
    })
    await Bun.sleep(delayMs)
    return chatCompletion(JSON.stringify((await createLocalProvider().generateStoryboard(request)).value))
  })

export const fakeAiEnv = (baseUrl: string) => ({
  AI_PROVIDER: 'openai',
  AI_BASE_URL: baseUrl,
  AI_API_KEY: 'test-key',
  AI_MODEL: 'fake-model',
})

/** Resolves once a service worker controls the page (the first one claims its page: sw/sw.ts). */
export const waitForController = (page: Page, timeoutMs = 10_000) =>
  page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: timeoutMs })

/** Signs up a new person through the form; ends on the home page, signed in. */
export const signUp = async (page: Page, origin: string) => {
  const email = `offline-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`
  await page.goto(`${origin}/signup`)
  await page.fill('#email', email)
  await page.fill('#password', 'correct horse battery staple')
  await page.getByRole('button', { name: 'Create account' }).click()
  await page.waitForURL((url) => url.pathname === '/')
  return email
}

export type CachedEntry = { cache: string; url: string; body: string }

/** Every entry of every cache the origin holds, with its body as text: what a later visitor could read. */
export const readCacheStorage = (page: Page): Promise<CachedEntry[]> =>
  page.evaluate(async () => {
    const entries: { cache: string; url: string; body: string }[] = []
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const request of await cache.keys()) {
        const response = await cache.match(request)
        entries.push({ cache: name, url: request.url, body: response ? await response.text() : '' })
      }
    }
    return entries
  })

/** Polls CacheStorage until `predicate` holds (the worker writes caches after it answers). */
export const waitForCaches = async (page: Page, predicate: (entries: CachedEntry[]) => boolean, what: string, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const entries = await readCacheStorage(page)
    if (predicate(entries)) return entries
    if (Date.now() > deadline)
      throw new Error(`CacheStorage never showed ${what}; it holds:\n${entries.map((entry) => `${entry.cache} ${entry.url}`).join('\n')}`)
    await Bun.sleep(100)
  }
}

/** The pathnames (with query) cached in one of our runtime caches. */
export const cachedPaths = (entries: CachedEntry[], cachePrefix: string) =>
  entries.filter((entry) => entry.cache.startsWith(cachePrefix)).map((entry) => new URL(entry.url).pathname + new URL(entry.url).search)

/** The signed-in person's videos, asked of the server directly (not through the browser's worker). */
export const listMyVideos = async (context: BrowserContext, origin: string) => {
  const response = await context.request.get(`${origin}/api/videos?pageSize=50`)
  if (!response.ok()) throw new Error(`GET /api/videos answered ${response.status()}`)
  return ((await response.json()) as { items: { id: string; prompt: string; status: string }[] }).items
}
