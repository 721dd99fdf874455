import type { SceneRequest } from './scene-request.ts'
import type { QuestionInput, Scene, Storyboard, VideoRequest } from './storyboard.ts'

/**
 * The provider contract, apart from the factory (provider.ts): the factory imports the providers,
 * so a provider importing the contract from there would import itself.
 */

/** Tokens one call consumed: reported by the endpoint, or estimated (chars / 4) by the local provider. */
export interface AiUsage {
  promptTokens: number
  completionTokens: number
}

export interface AiResult<T> {
  value: T
  usage: AiUsage
  /** The model that produced the value, as the endpoint names it. */
  model: string
}

export interface AiCallOptions {
  /** Cancels the call (a deleted job, a shutdown); the call rejects with the signal's reason. */
  signal?: AbortSignal
}

export interface StoryboardCallOptions extends AiCallOptions {
  /**
   * Each scene as soon as the model has finished writing it and it passes the scene schema, in
   * order (0-based as written), before the whole storyboard is validated and returned. Only a hint
   * for work that can start early: the returned storyboard is what counts (a reply that fails
   * validation is asked for again, and its scenes come again from index 0; too many scenes are cut).
   */
  onScene?: (scene: Scene, index: number) => void
  /** The `scenes` array is complete, with this many scenes (other fields may still be on their way). */
  onScenesDone?: (count: number) => void
}

/**
 * Everything the app asks of an AI. Both providers return validated values or throw an `AiError`;
 * callers wrap each call in the AI cache preset, keyed by `aiRequestKey`.
 */
export interface AiProvider {
  readonly name: 'local' | 'openai'
  /** Part of every cache key, so switching models never serves another model's answers. */
  readonly model: string
  /** A storyboard whose scene durations sum exactly to `request.durationSec`. */
  generateStoryboard(request: VideoRequest, options?: StoryboardCallOptions): Promise<AiResult<Storyboard>>
  /**
   * One scene of a storyboard written again (following `input.instruction` when there is one),
   * fitting between its neighbours, in the video's language and keeping its slot (`durationSec`).
   * Deterministic for the same input where the provider can be (the built-in writer always is).
   */
  regenerateScene(input: SceneRequest, options?: AiCallOptions): Promise<AiResult<Scene>>
  /** A Markdown answer in `input.language`. Render it through a sanitizing Markdown renderer. */
  answerQuestion(input: QuestionInput, options?: AiCallOptions): Promise<AiResult<string>>
}

/** The `fetch` the OpenAI-compatible provider calls; tests pass their own. */
export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>
