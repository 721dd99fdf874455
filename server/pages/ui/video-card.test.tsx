import { describe, expect, test } from 'bun:test'
import type { Video } from '../../db/model.ts'
import { messagesFor } from '../../i18n/index.ts'
import { createRenderer } from '../../render/render.ts'
import { VideoCard, videoCardKey } from './video-card.tsx'

const manifest = {
  buildId: 'test',
  runtime: { src: '/assets/runtime.js', imports: [] },
  islands: {},
  styles: [],
  serviceWorker: '/sw.js',
} as unknown as Parameters<typeof createRenderer>[0]

const video = {
  id: 'vid_card_1',
  aspect: '16:9',
  title: 'Harbour <dawn>',
  prompt: 'A harbour at dawn',
  coverPosterHash: 'abc',
  style: 'cinematic',
  durationSec: 30,
  status: 'ready',
  visibility: 'private',
} as unknown as Video

describe('VideoCard, rendered once per key', () => {
  const render = createRenderer(manifest)
  const page = (card: Video, lang: 'en' | 'fr' = 'en', showStatus = true) =>
    render(
      <ul>
        <VideoCard video={card} t={messagesFor(lang)} showStatus={showStatus} />
      </ul>,
      { title: 'T' },
    ).html

  test('every field the card shows is in its key: a change is a new rendering, never a stale card', () => {
    const first = page(video)
    expect(first).toContain('Harbour &lt;dawn>')
    expect(page(video)).toBe(first)
    for (const changed of [
      { title: 'Dunes' },
      { status: 'failed' },
      { visibility: 'public' },
      { coverPosterHash: 'def' },
      { durationSec: 60 },
      { aspect: '9:16' },
      { style: 'playful' },
    ] as Partial<Video>[]) {
      const next = { ...video, ...changed } as Video
      expect(videoCardKey({ video: next, t: messagesFor('en'), showStatus: true })).not.toBe(
        videoCardKey({ video, t: messagesFor('en'), showStatus: true }),
      )
      expect(page(next)).not.toBe(first)
    }
    expect(page({ ...video, title: 'Dunes' })).toContain('Dunes')
    expect(page(video, 'fr')).not.toBe(first)
    expect(page(video, 'en', false)).not.toContain('badge')
  })
})
