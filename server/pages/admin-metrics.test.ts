import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createAccounts } from '../services/accounts.ts'
import { createBrowser, readSse } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

/**
 * Who opens /admin/metrics: the role stored in the database, granted by the operator. Signing up,
 * with any address, never makes an admin.
 */

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const open = async (browser: ReturnType<typeof createBrowser>) => {
  const page = await browser.page('/admin/metrics')
  const stream = await browser.request('/admin/metrics/stream', { headers: { Accept: 'text/event-stream' } })
  const events = stream.status === 200 ? await readSse(stream, { until: (message) => message.event === 'snapshot' }) : undefined
  return { page: page.status, stream: stream.status, firstEvent: events?.messages[0]?.event }
}

describe('/admin/metrics', () => {
  test('a sign-up with an address that used to be admin-listed is an ordinary member: 404, page and stream', async () => {
    const squatter = createBrowser(t.app)
    await squatter.signUp('admin@example.com')
    expect(await open(squatter)).toEqual({ page: 404, stream: 404, firstEvent: undefined })
  })

  test('granted through the accounts service, the same session opens both at once (no stale cached role); revoked, 404 again', async () => {
    const person = createBrowser(t.app)
    const user = await person.signUp()
    // Signed in and seen as a member first, so the session's user context is in the cache.
    expect((await open(person)).page).toBe(404)

    const accounts = createAccounts({ users: t.repos.users, sessions: t.repos.sessions, hasher: t.deps.hasher, sessionTtlMs: 60_000 })
    expect((await accounts.grantAdmin(user.email)).ok).toBe(true)
    expect(await open(person)).toEqual({ page: 200, stream: 200, firstEvent: 'snapshot' })

    await t.repos.users.updateRoleByEmail(user.email, 'member')
    expect(await open(person)).toEqual({ page: 404, stream: 404, firstEvent: undefined })
  })

  test('anonymous visitors get the 404 too', async () => {
    expect(await open(createBrowser(t.app))).toEqual({ page: 404, stream: 404, firstEvent: undefined })
  })
})
