/** A poster's URL carries its content hash, so it can be cached for a year. */
export const posterUrl = (videoId: string, position: number, hash: string) => `/posters/${videoId}/${position}-${hash}.svg`

/**
 * The same poster's picture alone, without its texts (the player draws them): named by the full
 * poster's hash, since both are drawn from the same stored scene by the same renderer.
 */
export const pictureUrl = (videoId: string, position: number, hash: string) => `/posters/${videoId}/${position}-${hash}.picture.svg`
