import type { Video } from '../../server/db/model.ts'
import { messagesFor } from '../../server/i18n/index.ts'
import type { PageContext } from '../../server/pages/context.ts'

/**
 * The home page as an anonymous visitor sees it on a busy site (six recent videos with long
 * titles): the realistic worst case that the HTML budget is measured on.
 */
export const homePageFixture = () => {
  const ctx: PageContext = { t: messagesFor('en'), lang: 'en', session: null, csrfToken: '', path: '/' }
  const recent: Video[] = Array.from({ length: 6 }, (_, index) => ({
    id: `fixture-video-${index}`,
    userId: 'fixture-user',
    title: `A warm and funny thirty-second advertisement for a neighbourhood bicycle repair shop, take ${index + 1}`,
    logline: 'A shop that fixes more than bicycles.',
    script: null,
    prompt: 'A 30-second ad for a bicycle repair shop, warm and funny',
    style: 'playful',
    durationSec: 30,
    aspect: '16:9',
    language: 'en',
    shorts: false,
    voiceRate: 165,
    voicePitch: 50,
    seed: 0,
    source: { kind: 'idea' },
    status: 'ready',
    visibility: 'public',
    version: 1,
    musicLevel: 35,
    musicMood: null,
    coverPosterHash: '0123456789abcdef',
    createdAt: 0,
    updatedAt: 0,
  }))
  return { ctx, recent }
}
