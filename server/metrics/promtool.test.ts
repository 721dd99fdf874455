/**
 * The whole /metrics page, read by Prometheus's own linter (`promtool check metrics`, Debian
 * package `prometheus`) as an independent checker: names, units, suffixes, HELP and TYPE lines.
 * On CI a missing promtool fails the test instead of skipping it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { waitUntil } from '../testing/wait.ts'

const promtool = Bun.which('promtool')
if (!promtool && process.env.CI === 'true') throw new Error('promtool (Debian package prometheus) is required on CI but was not found')

describe.skipIf(!promtool)('promtool check metrics', () => {
  let testApp: TestApp
  beforeAll(async () => {
    testApp = await createTestApp()
  })
  afterAll(() => testApp.close())

  test('the exposition after real traffic, a job and a vitals report passes the linter with no finding', async () => {
    const { app, repos, monitoring, worker } = testApp
    for (const path of ['/', '/gallery', '/no-such-page', '/healthz']) await app.request(path)
    monitoring.rum.record({ route: '/', metrics: [{ name: 'LCP', value: 1200 }] })
    const user = (await repos.users.create({ email: 'promtool@example.com', passwordHash: 'x', language: 'en' }))!
    const { video } = await repos.videos.create(user.id, {
      prompt: 'A 15-second ad for a bicycle repair shop, warm and funny',
      style: 'playful',
      durationSec: 15,
      aspect: '16:9',
      language: 'en',
    })
    worker.notify()
    await waitUntil(async () => (await repos.videos.findById(video.id))?.status === 'ready', { what: 'the video is ready' })
    const exposition = await (await app.request('/metrics')).text()
    expect(exposition).toContain('reelsmith_jobs_finished_total')
    const checked = Bun.spawnSync([promtool!, 'check', 'metrics'], { stdin: new TextEncoder().encode(exposition) })
    const findings = `${checked.stdout.toString()}${checked.stderr.toString()}`.trim()
    expect(findings).toBe('')
    expect(checked.exitCode).toBe(0)
  })
})
