import { expect, test } from 'bun:test'
import { renderToString } from 'preact-render-to-string'
import { messagesFor } from '../server/i18n/index.ts'
import GenerationProgress from './GenerationProgress.tsx'

const labels = (lang: 'en' | 'es') => {
  const t = messagesFor(lang)
  return {
    queued: t.progress.queued,
    script: t.progress.script,
    scene: 'Scene {index} of {total}',
    narration: 'Narrating {index}/{total}',
    'scene-written': 'Scene {index} written',
    'scene-narrated': 'Scene {index} narrated',
    'scene-failed': 'Scene {index} failed',
    sceneName: 'Scene {index}',
    narrationStatus: { pending: t.video.narrationPending, ready: t.video.narrationReady, failed: t.video.narrationFailed },
    posters: t.progress.posters,
    done: t.progress.done,
    failed: t.progress.failed,
    reconnecting: t.progress.reconnecting,
    failures: t.failures,
  }
}

test('a failure is said per code in the page language, never the event’s English text', () => {
  const html = renderToString(
    <GenerationProgress
      videoId="v1"
      labels={labels('es')}
      initial={{ status: 'failed', step: 'failed', progress: 0.3, failure: 'invalid_output', error: 'English words' }}
    />,
  )
  expect(html).toContain(messagesFor('es').failures.invalid_output)
  expect(html).not.toContain('English words')
})

test('an event without a code (from before codes) says the generic message', () => {
  const html = renderToString(
    <GenerationProgress
      videoId="v1"
      labels={labels('en')}
      initial={{ status: 'failed', step: 'failed', progress: 0, error: 'raw text' }}
    />,
  )
  expect(html).toContain(messagesFor('en').failures.internal)
  expect(html).not.toContain('raw text')
})
