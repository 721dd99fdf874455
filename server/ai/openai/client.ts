import { z } from 'zod'
import type { Logger } from '../../log.ts'
import { AiError } from '../errors.ts'
import type { AiUsage, Fetch } from '../types.ts'
import { sseData } from './sse-lines.ts'

/** The part of a Chat Completions response we read; servers add more (ids, logprobs), which we ignore. */
const chatResponseSchema = z.object({
  model: z.string().optional(),
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullable().optional() }),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .min(1),
  usage: z
    .object({ prompt_tokens: z.number().int().nonnegative(), completion_tokens: z.number().int().nonnegative() })
    .partial()
    .nullable()
    .optional(),
})

/** One chunk of a streamed completion (`stream: true`); the last may carry only `usage`. */
const chatChunkSchema = z.object({
  model: z.string().optional(),
  choices: z
    .array(
      z.object({
        delta: z.object({ content: z.string().nullable().optional() }).partial(),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .optional(),
  usage: chatResponseSchema.shape.usage,
})

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant'
  content: string
}

export interface ChatClientOptions {
  baseUrl: string
  apiKey?: string
  model: string
  timeoutMs: number
  fetch: Fetch
  logger: Logger
}

export interface ChatReply {
  content: string
  /** "length" means the model was cut off, so its JSON is probably incomplete. */
  finishReason: string | null
  usage: AiUsage
  model: string
}

/** Error bodies are echoed into messages, so cut them short and never let the key through. */
const sanitize = (text: string, apiKey: string | undefined): string => {
  const short = text.replace(/\s+/g, ' ').trim().slice(0, 300)
  return apiKey ? short.replaceAll(apiKey, '[redacted]') : short
}

const upstreamDetail = (body: string): string => {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } | string; message?: unknown }
    const message = typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? parsed.message)
    return typeof message === 'string' ? message : body
  } catch {
    return body
  }
}

const estimateTokens = (text: string): number => Math.ceil(text.length / 4)

/**
 * One Chat Completions request (`POST {baseUrl}/chat/completions`) to any OpenAI-compatible server:
 * OpenAI, Ollama, llama.cpp server, vLLM. Every failure becomes an `AiError`: `timeout` when the
 * request outlives `timeoutMs`, `upstream` for network errors, non-2xx answers and malformed responses.
 * When the caller's signal aborts, the call rejects with the signal's reason instead.
 */
export const createChatClient = (options: ChatClientOptions) => {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`
  const host = new URL(url).host
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`

  const streamHeaders = { ...headers, accept: 'text/event-stream, application/json' }

  /**
   * With `onContent`, asks for a streamed reply (`stream: true`) and hands over each piece of the
   * content as it arrives; a server that answers with a whole completion instead is read as one piece.
   * `timeoutMs` covers the whole reply, stream included.
   */
  return async (
    messages: ChatMessage[],
    request: { json: boolean; signal?: AbortSignal; onContent?: (piece: string) => void },
  ): Promise<ChatReply> => {
    const timeout = AbortSignal.timeout(options.timeoutMs)
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout
    const streaming = request.onContent !== undefined
    // No temperature or token limits: every server has sensible defaults, and some models reject them.
    const body = JSON.stringify({
      model: options.model,
      messages,
      ...(request.json ? { response_format: { type: 'json_object' } } : {}),
      // Usage in the last chunk; servers that ignore the option leave the estimate below.
      ...(streaming ? { stream: true, stream_options: { include_usage: true } } : {}),
    })
    const started = performance.now()
    let status = 0
    let text = ''
    let streamed: ChatReply | undefined
    try {
      const response = await options.fetch(url, { method: 'POST', headers: streaming ? streamHeaders : headers, body, signal })
      status = response.status
      const eventStream = response.headers.get('content-type')?.startsWith('text/event-stream') && response.body
      if (eventStream && status >= 200 && status <= 299) streamed = await readStream(eventStream, request.onContent!)
      else text = await response.text()
    } catch (error) {
      if (error instanceof AiError) throw error
      if (request.signal?.aborted) throw request.signal.reason
      if (timeout.aborted) {
        options.logger.warn('ai request timed out', { host, timeoutMs: options.timeoutMs })
        throw new AiError('timeout', `The AI endpoint at ${host} did not answer within ${options.timeoutMs} ms.`, {}, { cause: error })
      }
      const reason = sanitize(error instanceof Error ? error.message : String(error), options.apiKey)
      options.logger.warn('ai endpoint unreachable', { host, reason })
      throw new AiError('upstream', `Could not reach the AI endpoint at ${host}: ${reason}`, {}, { cause: error })
    }
    const ms = Math.round(performance.now() - started)
    if (streamed) {
      const usage: AiUsage = {
        promptTokens: streamed.usage.promptTokens || estimateTokens(body),
        completionTokens: streamed.usage.completionTokens || estimateTokens(streamed.content),
      }
      options.logger.debug('ai call', { host, model: streamed.model || options.model, ms, streamed: true, ...usage })
      return { ...streamed, usage, model: streamed.model || options.model }
    }

    if (status < 200 || status > 299) {
      const detail = sanitize(upstreamDetail(text), options.apiKey)
      options.logger.warn('ai endpoint error', { host, status, ms })
      throw new AiError('upstream', `The AI endpoint at ${host} answered HTTP ${status}${detail ? `: ${detail}` : ''}`, { status })
    }

    let parsed: z.infer<typeof chatResponseSchema>
    try {
      parsed = chatResponseSchema.parse(JSON.parse(text))
    } catch (error) {
      options.logger.warn('ai endpoint sent no chat completion', { host, status, ms })
      throw new AiError('upstream', `The AI endpoint at ${host} did not answer with a chat completion.`, { status }, { cause: error })
    }
    const choice = parsed.choices[0]!
    const content = choice.message.content ?? ''
    const usage: AiUsage = {
      promptTokens: parsed.usage?.prompt_tokens ?? estimateTokens(body),
      completionTokens: parsed.usage?.completion_tokens ?? estimateTokens(content),
    }
    options.logger.debug('ai call', { host, model: parsed.model ?? options.model, ms, ...usage })
    request.onContent?.(content)
    return { content, finishReason: choice.finish_reason ?? null, usage, model: parsed.model ?? options.model }
  }
}

/**
 * Reads a streamed completion to its end (`[DONE]` or the end of the body). Usage and model are
 * zero and empty when the server sent none; the caller fills in estimates.
 */
const readStream = async (body: ReadableStream<Uint8Array>, onContent: (piece: string) => void): Promise<ChatReply> => {
  let content = ''
  let finishReason: string | null = null
  let model = ''
  const usage: AiUsage = { promptTokens: 0, completionTokens: 0 }
  for await (const data of sseData(body)) {
    if (data === '[DONE]') break
    let chunk: z.infer<typeof chatChunkSchema>
    try {
      chunk = chatChunkSchema.parse(JSON.parse(data))
    } catch (error) {
      throw new AiError('upstream', 'The AI endpoint streamed something that is not a chat completion chunk.', {}, { cause: error })
    }
    if (chunk.model) model = chunk.model
    if (chunk.usage?.prompt_tokens !== undefined) usage.promptTokens = chunk.usage.prompt_tokens
    if (chunk.usage?.completion_tokens !== undefined) usage.completionTokens = chunk.usage.completion_tokens
    const choice = chunk.choices?.[0]
    if (choice?.finish_reason) finishReason = choice.finish_reason
    const piece = choice?.delta.content
    if (piece) {
      content += piece
      onContent(piece)
    }
  }
  return { content, finishReason, usage, model }
}

export type ChatClient = ReturnType<typeof createChatClient>
