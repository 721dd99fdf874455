import type { SceneEdit, ServerScene, ServerVideo } from './types.ts'

/** A refused request as the server words it (problem+json); `status` 0 when the network failed. */
export type Problem = { status: number; title: string; detail?: string; currentEtag?: string; currentVersion?: number }
export type Answer<T> = { ok: true; value: T; etag: string | null } | { ok: false; problem: Problem }

export type VersionItem = {
  version: number
  createdAt: string
  title: string | null
  sceneCount: number
  durationSec: number
  cause: string
}
export type VersionDetail = { version: number; createdAt: string; title: string | null; scenes: ServerScene[] }
export type RegenerateBody = { instruction?: string; variant?: number }

/**
 * One request to a video's JSON API (`/api/videos/:id` + `path`), as every island that writes to a
 * video sends it: writes carry the session's CSRF token and, when given, `If-Match`; the answer is
 * the JSON and its ETag, or the problem the server worded.
 */
export const createVideoRequest = (videoId: string, csrfToken: string, fetchImpl: typeof fetch = fetch) => {
  const base = `/api/videos/${encodeURIComponent(videoId)}`
  return async <T>(
    path: string,
    init: { method?: string; body?: unknown; form?: FormData; etag?: string | null } = {},
  ): Promise<Answer<T>> => {
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (init.method && init.method !== 'GET') headers['X-CSRF-Token'] = csrfToken
    if (init.body !== undefined) headers['Content-Type'] = 'application/json'
    if (init.etag) headers['If-Match'] = init.etag
    let response: Response
    try {
      response = await fetchImpl(`${base}${path}`, {
        method: init.method ?? 'GET',
        headers,
        // A form sets its own multipart Content-Type (with the boundary).
        body: init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
        credentials: 'same-origin',
        cache: 'no-store',
      })
    } catch (error) {
      return { ok: false, problem: { status: 0, title: 'offline', detail: error instanceof Error ? error.message : String(error) } }
    }
    const json = (await response.json().catch(() => null)) as Record<string, unknown> | null
    if (!response.ok) {
      return {
        ok: false,
        problem: { status: response.status, title: String(json?.title ?? response.statusText), ...json } as Problem,
      }
    }
    return { ok: true, value: json as T, etag: response.headers.get('ETag') }
  }
}

/** The editor's calls to the storyboard API (the same JSON routes scripts use). */
export const createEditorApi = (videoId: string, csrfToken: string, fetchImpl: typeof fetch = fetch) => {
  const call = createVideoRequest(videoId, csrfToken, fetchImpl)

  return {
    get: () => call<ServerVideo>(''),
    patch: (scenes: SceneEdit[], etag: string | null) => call<ServerVideo>('', { method: 'PATCH', body: { scenes }, etag }),
    versions: () => call<{ items: VersionItem[] }>('/versions'),
    version: (version: number) => call<VersionDetail>(`/versions/${version}`),
    restore: (version: number, etag: string | null) => call<ServerVideo>(`/versions/${version}/restore`, { method: 'POST', etag }),
    regenerate: (position: number, body: RegenerateBody, etag: string | null) =>
      call<ServerVideo>(`/scenes/${position}/regenerate`, { method: 'POST', body, etag }),
    /** The scene's own picture (multipart field `image`), or with null back to its poster. */
    picture: (position: number, file: Blob | null, etag: string | null) => {
      if (!file) return call<ServerVideo>(`/scenes/${position}/image`, { method: 'DELETE', etag })
      const form = new FormData()
      form.set('image', file)
      return call<ServerVideo>(`/scenes/${position}/image`, { method: 'POST', form, etag })
    },
  }
}
export type EditorApi = ReturnType<typeof createEditorApi>

/** The ETag of a video answer: the header, or the same `"v<version>"` the server derives it from. */
export const etagOf = (answer: { value: ServerVideo; etag: string | null }) => answer.etag ?? `"v${answer.value.version}"`
