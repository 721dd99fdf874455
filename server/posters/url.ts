/** A poster's URL carries its content hash, so it can be cached for a year. */
export const posterUrl = (videoId: string, position: number, hash: string) => `/posters/${videoId}/${position}-${hash}.svg`
