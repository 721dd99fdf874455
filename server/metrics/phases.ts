/**
 * The phases of the request a call is made for, without passing the request down: the request record
 * runs the rest of the request inside `withRequestTiming`, and the wrappers below record into that
 * request's `RequestTiming` (db, ai, tts, render). Outside a request (the worker, a CLI command)
 * there is none, and they only call through. Cost: docs/measurements.md, "Request phases".
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import type { AiProvider } from '../ai/provider.ts'
import type { Repositories } from '../db/index.ts'
import type { Renderer } from '../render/render.ts'
import type { Narrator } from '../tts/types.ts'
import type { RequestTiming } from './server-timing.ts'

const scope = new AsyncLocalStorage<RequestTiming>()

/** Runs `work` (the rest of a request) with `timing` as its recorder. */
export const withRequestTiming = <T>(timing: RequestTiming, work: () => T): T => scope.run(timing, work)

/** Times `work` as phase `name` of the current request, if there is one. */
export const inPhase = <T>(name: string, work: () => T): T => {
  const timing = scope.getStore()
  return timing ? timing.measure(name, work) : work()
}

/** `target` with every method timed as phase `name`; other properties copied. Built once, at start-up. */
const timedMethods = <T extends object>(name: string, target: T): T => {
  const timed: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(target)) {
    timed[key] = typeof value === 'function' ? (...args: unknown[]) => inPhase(name, () => value.apply(target, args)) : value
  }
  return timed as T
}

/** Every repository call made for a request counts as `db`. */
const timedRepositories = (repos: Repositories): Repositories => {
  const timed: Partial<Record<keyof Repositories, object>> = {}
  for (const key of Object.keys(repos) as (keyof Repositories)[]) timed[key] = timedMethods('db', repos[key])
  return timed as Repositories
}

/** Provider calls made for a request (the assistant) count as `ai`; cache hits never reach it. */
const timedAi = (ai: AiProvider): AiProvider => ({
  name: ai.name,
  model: ai.model,
  generateStoryboard: (request, options) => inPhase('ai', () => ai.generateStoryboard(request, options)),
  regenerateScene: (input, options) => inPhase('ai', () => ai.regenerateScene(input, options)),
  answerQuestion: (input, options) => inPhase('ai', () => ai.answerQuestion(input, options)),
})

/** Narration done for a request (a scene narrated again) counts as `tts`. */
const timedNarrator = (narrator: Narrator): Narrator => ({
  narrate: (text, voice, signal) => inPhase('tts', () => narrator.narrate(text, voice, signal)),
})

/** What the app's services call, timed as the phases of the request they are called for. */
export const timedRequestDeps = (deps: { repos: Repositories; ai: AiProvider; narrator?: Narrator }) => ({
  repos: timedRepositories(deps.repos),
  ai: timedAi(deps.ai),
  narrator: deps.narrator && timedNarrator(deps.narrator),
})

/** Rendering a page to HTML counts as `render`. */
export const timedRenderer =
  (render: Renderer): Renderer =>
  (page, meta) =>
    inPhase('render', () => render(page, meta))
