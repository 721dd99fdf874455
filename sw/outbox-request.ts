/**
 * The pure part of creating videos offline: turning the create form into the JSON call the API
 * takes, and reading the server's answer to a replay. No Workbox here, so it is tested directly.
 */
import type { VideoRequest } from '../server/ai/storyboard.ts'
import { IDEMPOTENCY_KEY } from '../shared/ids.ts'
import type { OutboxStatus } from './protocol.ts'

export const CREATE_API_URL = '/api/videos'
export const CSRF_HEADER = 'X-CSRF-Token'
export const IDEMPOTENCY_HEADER = 'Idempotency-Key'

/** A usable key, or a new one: every queued create must carry one, or a replay could create twice. */
export const idempotencyKeyOr = (value: unknown, newKey: () => string = () => crypto.randomUUID()): string =>
  typeof value === 'string' && IDEMPOTENCY_KEY.test(value) ? value : newKey()

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** The create form's fields as the API's JSON body. The server validates it when it arrives. */
export const videoRequestFromForm = (form: FormData): VideoRequest =>
  ({
    prompt: text(form, 'prompt'),
    style: text(form, 'style'),
    durationSec: Number(text(form, 'durationSec')),
    aspect: text(form, 'aspect'),
    language: text(form, 'language'),
  }) as VideoRequest

/**
 * POST /api/videos for a form submitted offline: the same session cookie (credentials), the
 * form's CSRF token as the header the API reads, and the form's idempotency key.
 */
export const createRequestFromForm = (origin: string, form: FormData, key: string): Request =>
  new Request(new URL(CREATE_API_URL, origin), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: text(form, '_csrf'), [IDEMPOTENCY_HEADER]: key },
    body: JSON.stringify(videoRequestFromForm(form)),
  })

/**
 * Worth sending again later rather than giving up: the server was overloaded, restarting or
 * timing out. Everything else is the server's final word.
 */
export const isRetryableStatus = (status: number) => status === 408 || status === 429 || status >= 500

/** The server's answer to a replayed create, as the queued page shows it. */
export const outcomeOf = async (response: Response): Promise<Exclude<OutboxStatus, { state: 'queued' | 'unknown' }>> => {
  const body = (await response.json().catch(() => null)) as { url?: unknown; detail?: unknown; title?: unknown } | null
  if (response.ok && typeof body?.url === 'string' && body.url.startsWith('/videos/')) return { state: 'created', url: body.url }
  const detail =
    typeof body?.detail === 'string'
      ? body.detail
      : typeof body?.title === 'string'
        ? body.title
        : `The server answered ${response.status}.`
  return { state: 'failed', status: response.status, detail }
}
