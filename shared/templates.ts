import { targetSceneCount } from './scene-count.ts'

/**
 * Templates: starting points that preset a video's style, length, aspect ratio and Shorts, and the
 * beat each scene plays (hook, problem, solution …). The one source for the create form (which fills
 * its fields from them), the create request (`template`) and both writers (server/ai/), which follow
 * the beats. Names and beats are shown through server/i18n (`templates`); the English `brief` of each
 * beat (server/ai/openai/beat-briefs.ts) is what a model is told, never shown.
 */

/** What a scene can do in a template; what each asks of a model is the server's (server/ai/openai/beat-briefs.ts). */
export const BEATS = [
  'hook',
  'problem',
  'solution',
  'feature',
  'proof',
  'context',
  'point',
  'recap',
  'setup',
  'conflict',
  'turn',
  'resolution',
  'goal',
  'step',
  'result',
  'payoff',
  'news',
  'details',
  'cta',
] as const
export type Beat = (typeof BEATS)[number]

export type VideoTemplate = {
  style: 'cinematic' | 'documentary' | 'playful' | 'minimal' | 'retro' | 'noir' | 'corporate' | 'dreamy'
  durationSec: number
  aspect: '16:9' | '9:16' | '1:1' | '4:5'
  shorts: boolean
  /** The scenes' beats in order; a longer video repeats the middle ones, a shorter keeps first and last. */
  beats: readonly Beat[]
  /** The built-in writer's kind of video (server/ai/local/writer/kinds.ts), or null to read it from the idea. */
  writerKind: 'howto' | 'explainer' | 'ad' | 'event' | 'story' | 'portrait' | 'list' | 'testimonial' | null
}

export const TEMPLATES = {
  'product-ad': {
    style: 'cinematic',
    durationSec: 30,
    aspect: '16:9',
    shorts: false,
    beats: ['hook', 'problem', 'solution', 'feature', 'proof', 'cta'],
    writerKind: 'ad',
  },
  explainer: {
    style: 'documentary',
    durationSec: 60,
    aspect: '16:9',
    shorts: false,
    beats: ['hook', 'context', 'point', 'point', 'recap'],
    writerKind: 'explainer',
  },
  story: {
    style: 'dreamy',
    durationSec: 45,
    aspect: '16:9',
    shorts: false,
    beats: ['setup', 'conflict', 'turn', 'resolution'],
    writerKind: 'story',
  },
  tutorial: {
    style: 'minimal',
    durationSec: 60,
    aspect: '16:9',
    shorts: false,
    beats: ['goal', 'step', 'step', 'step', 'result'],
    writerKind: 'howto',
  },
  'social-short': {
    style: 'playful',
    durationSec: 20,
    aspect: '9:16',
    shorts: true,
    beats: ['hook', 'payoff', 'cta'],
    writerKind: null,
  },
  announcement: {
    style: 'corporate',
    durationSec: 30,
    aspect: '16:9',
    shorts: false,
    beats: ['hook', 'news', 'details', 'cta'],
    writerKind: 'event',
  },
} as const satisfies Record<string, VideoTemplate>

export type TemplateId = keyof typeof TEMPLATES
export const TEMPLATE_IDS = Object.keys(TEMPLATES) as TemplateId[]
export const isTemplateId = (value: unknown): value is TemplateId => typeof value === 'string' && Object.hasOwn(TEMPLATES, value)

/**
 * The beat of each scene of a video of `durationSec` made from `template`: as many as the length
 * has scenes (shared/scene-count.ts). The first and last beats always open and close it; the others
 * are spread over the scenes between, so a longer video dwells on them and a shorter one skips some.
 */
export const sceneBeats = (template: TemplateId, durationSec: number): Beat[] => {
  const beats = TEMPLATES[template].beats
  const count = targetSceneCount(durationSec)
  if (count === 1) return [beats[0]!]
  return Array.from({ length: count }, (_, index) => beats[Math.round((index * (beats.length - 1)) / (count - 1))]!)
}
