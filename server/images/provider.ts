import { z } from 'zod'

/** Why a picture was not made; the scene keeps its poster either way. */
export type ImageErrorCode = 'timeout' | 'upstream' | 'invalid_output'

export class ImageError extends Error {
  override name = 'ImageError'
  constructor(
    readonly code: ImageErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message)
  }
}

/** Makes one picture from a description; the bytes are the endpoint's, to be validated like an upload. */
export interface ImageProvider {
  readonly name: string
  /** What shapes the answer besides the prompt (model, size): part of the cache key. */
  readonly key: string
  generate(prompt: string, signal?: AbortSignal): Promise<Uint8Array>
}

export interface OpenAiImageOptions {
  baseUrl: string
  apiKey?: string | undefined
  model: string
  size: string
  timeoutMs: number
  fetch?: typeof fetch
}

const answerSchema = z.object({ data: z.array(z.object({ b64_json: z.string().min(1) })).min(1) })

/**
 * Any endpoint speaking the OpenAI images API (`POST /v1/images/generations`), asked for one
 * base64 picture. A timeout, an error status and a reply without a picture are each an ImageError.
 */
export const createOpenAiImageProvider = (options: OpenAiImageOptions): ImageProvider => {
  const doFetch = options.fetch ?? fetch
  const url = `${options.baseUrl.replace(/\/+$/, '')}/images/generations`
  return {
    name: 'openai',
    key: `${options.model}|${options.size}`,
    async generate(prompt, signal) {
      const timeout = AbortSignal.timeout(options.timeoutMs)
      let response: Response
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(options.apiKey && { Authorization: `Bearer ${options.apiKey}` }) },
          body: JSON.stringify({ model: options.model, prompt, size: options.size, n: 1, response_format: 'b64_json' }),
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        })
        if (!response.ok) throw new ImageError('upstream', `The images endpoint answered ${response.status}`, response.status)
        const parsed = answerSchema.safeParse(await response.json().catch(() => null))
        if (!parsed.success) throw new ImageError('invalid_output', 'The images endpoint answered without a base64 picture')
        return Uint8Array.from(atob(parsed.data.data[0]!.b64_json), (char) => char.charCodeAt(0))
      } catch (error) {
        if (error instanceof ImageError || signal?.aborted) throw error
        if (timeout.aborted) throw new ImageError('timeout', `The images endpoint took longer than ${options.timeoutMs} ms`)
        throw new ImageError(
          'upstream',
          `The images endpoint could not be reached: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    },
  }
}

export interface ImageConfig {
  IMAGE_PROVIDER: 'none' | 'openai'
  IMAGE_BASE_URL?: string | undefined
  IMAGE_API_KEY?: string | undefined
  IMAGE_MODEL: string
  IMAGE_SIZE: string
  IMAGE_TIMEOUT_MS: number
}

/** The configured provider, or null: the rendered posters are the default and need nothing. */
export const createImageProvider = (config: ImageConfig): ImageProvider | null =>
  config.IMAGE_PROVIDER === 'openai' && config.IMAGE_BASE_URL
    ? createOpenAiImageProvider({
        baseUrl: config.IMAGE_BASE_URL,
        apiKey: config.IMAGE_API_KEY,
        model: config.IMAGE_MODEL,
        size: config.IMAGE_SIZE,
        timeoutMs: config.IMAGE_TIMEOUT_MS,
      })
    : null
