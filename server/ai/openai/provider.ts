import { silentLogger, type Logger } from '../../log.ts'
import { AiError } from '../errors.ts'
import { sceneRequestSchema } from '../scene-request.ts'
import type { AiProvider, AiUsage, Fetch } from '../types.ts'
import { questionInputSchema, sceneSchema, videoRequestSchema, type Scene } from '../storyboard.ts'
import { createChatClient, type ChatMessage } from './client.ts'
import { parseSceneReply, parseStoryboardReply } from './parse.ts'
import { createSceneScanner } from './scene-scanner.ts'
import { answerMessages, correctionMessage, sceneMessages, storyboardMessages } from './prompts.ts'

export interface OpenAiProviderOptions {
  /** e.g. https://api.openai.com/v1, http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:8080/v1 (llama.cpp) */
  baseUrl: string
  /** Sent as `Authorization: Bearer …` when set; local servers usually need none. */
  apiKey?: string
  model: string
  /** Per HTTP request; a storyboard that needs its one retry may take up to twice this. */
  timeoutMs: number
  fetch?: Fetch
  logger?: Logger
}

/** Answers longer than this are cut: they are shown in a chat bubble, not a book. */
const MAX_ANSWER_CHARS = 8000

const addUsage = (a: AiUsage, b: AiUsage): AiUsage => ({
  promptTokens: a.promptTokens + b.promptTokens,
  completionTokens: a.completionTokens + b.completionTokens,
})

/** A scene the stream has closed, passed on only if it is valid on its own (the whole is checked at the end). */
const emitScene = (json: string, index: number, onScene: (scene: Scene, index: number) => void) => {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return
  }
  const scene = sceneSchema.safeParse(value)
  if (scene.success) onScene(scene.data, index)
}

/**
 * The provider for any OpenAI-compatible Chat Completions endpoint. Storyboards are requested as JSON
 * (streamed when the caller wants each scene as it is written: `onScene`), validated with the storyboard schema and fitted to the requested duration; an invalid reply gets one
 * retry that tells the model what was wrong, then an `AiError('invalid_output')`.
 *
 * @throws AiError('config') when the endpoint is OpenAI's own and no key is set
 */
export const createOpenAiProvider = (options: OpenAiProviderOptions): AiProvider => {
  let host: string
  try {
    host = new URL(options.baseUrl).host
  } catch {
    throw new AiError('config', `AI_BASE_URL "${options.baseUrl}" is not a URL.`)
  }
  if (host === 'api.openai.com' && !options.apiKey) {
    throw new AiError(
      'config',
      'AI_API_KEY is required when AI_BASE_URL is api.openai.com (set it, or point AI_BASE_URL at a local server).',
    )
  }
  const logger = options.logger ?? silentLogger
  const chat = createChatClient({
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    model: options.model,
    timeoutMs: options.timeoutMs,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    logger,
  })

  return {
    name: 'openai',
    model: options.model,

    async generateStoryboard(request, callOptions) {
      const valid = videoRequestSchema.parse(request)
      const messages: ChatMessage[] = storyboardMessages(valid)
      let usage: AiUsage = { promptTokens: 0, completionTokens: 0 }
      let issues = ''
      for (let attempt = 1; attempt <= 2; attempt++) {
        const onScene = callOptions?.onScene
        const scanner = onScene && createSceneScanner((json, index) => emitScene(json, index, onScene), callOptions?.onScenesDone)
        const reply = await chat(messages, {
          json: true,
          signal: callOptions?.signal,
          onContent: scanner && ((piece) => scanner.push(piece)),
        })
        usage = addUsage(usage, reply.usage)
        const parsed = parseStoryboardReply(reply.content, valid.durationSec)
        if (parsed.ok) return { value: parsed.value, usage, model: reply.model }
        issues = reply.finishReason === 'length' ? `✖ The reply was cut off (too long).\n${parsed.issues}` : parsed.issues
        logger.warn('ai storyboard invalid', { attempt, issues: issues.slice(0, 500) })
        messages.push({ role: 'assistant', content: reply.content }, correctionMessage(issues))
      }
      throw new AiError('invalid_output', `The AI model returned an invalid storyboard twice. Last problems:\n${issues}`, { issues })
    },

    async regenerateScene(input, callOptions) {
      const valid = sceneRequestSchema.parse(input)
      const messages = sceneMessages(valid)
      let usage: AiUsage = { promptTokens: 0, completionTokens: 0 }
      let issues = ''
      for (let attempt = 1; attempt <= 2; attempt++) {
        const reply = await chat(messages, { json: true, signal: callOptions?.signal })
        usage = addUsage(usage, reply.usage)
        const parsed = parseSceneReply(reply.content)
        // The slot is the storyboard's: the scene keeps its length whatever the model wrote.
        if (parsed.ok)
          return { value: { ...parsed.value, durationSec: valid.scenes[valid.position]!.durationSec }, usage, model: reply.model }
        issues = parsed.issues
        logger.warn('ai scene invalid', { attempt, issues: issues.slice(0, 500) })
        messages.push({ role: 'assistant', content: reply.content }, correctionMessage(issues))
      }
      throw new AiError('invalid_output', `The AI model returned an invalid scene twice. Last problems:\n${issues}`, { issues })
    },

    async answerQuestion(input, callOptions) {
      const valid = questionInputSchema.parse(input)
      const reply = await chat(answerMessages(valid), { json: false, signal: callOptions?.signal })
      const answer = reply.content.trim()
      if (!answer) throw new AiError('invalid_output', 'The AI model returned an empty answer.', { issues: '✖ empty answer' })
      return { value: answer.slice(0, MAX_ANSWER_CHARS), usage: reply.usage, model: reply.model }
    },
  }
}
