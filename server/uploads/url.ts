/** Where an upload is served: its own path, away from pages and the API (server/api/uploads.ts). */
export const uploadUrl = (id: string) => `/media/${id}`

/** Upload ids are randomId(): 22 base64url characters. */
export const UPLOAD_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/
