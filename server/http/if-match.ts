import { HttpError } from './errors.ts'

/**
 * A video's storyboard ETag: strong, from its content version (bumped by every content write), so
 * two tabs holding the same version hold the same storyboard. `GET /api/videos/:id` sends it and
 * every write to a video compares `If-Match` against it.
 */
export const storyboardEtag = (version: number) => `"v${version}"`

/**
 * RFC 9110 If-Match (13.1.1): `*` (the resource exists) or a list of tags compared strongly, so a
 * weak tag never matches. No header means the caller did not ask for a condition (a script that
 * does not care); a header that matches nothing means its copy is stale.
 */
export const ifMatchHolds = (header: string | null | undefined, etag: string): boolean => {
  if (header === undefined || header === null) return true
  const trimmed = header.trim()
  if (trimmed === '*') return true
  return trimmed
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => !tag.startsWith('W/') && tag === etag)
}

/** 412 with the current ETag and version, so the page can say what happened and offer a reload. */
export const staleWrite = (version: number) =>
  new HttpError(
    412,
    'Precondition Failed',
    'This video was changed elsewhere since you loaded it. Reload to see the changes, or overwrite them.',
    {
      currentVersion: version,
      currentEtag: storyboardEtag(version),
    },
  )

/** Throws {@link staleWrite} unless `If-Match` holds for the video's current version. */
export const requireIfMatch = (header: string | null | undefined, version: number) => {
  if (!ifMatchHolds(header, storyboardEtag(version))) throw staleWrite(version)
}
