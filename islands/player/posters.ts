/**
 * The scenes' poster images, loaded on demand and decoded before they are drawn: drawing an image
 * that is still decoding would stall a frame, and drawing one that failed would throw. Until a
 * poster is ready (or when it failed) the drawing code paints the scene's palette instead.
 */

/** The part of HTMLImageElement the store uses, so tests can pass plain objects. */
export type PosterImage = { src: string; decoding: 'async' | 'sync' | 'auto'; decode(): Promise<void> }

export type PosterStore<Image extends PosterImage = HTMLImageElement> = {
  /** The decoded image of scene `index`, or null while it loads or if it failed. */
  get(index: number): Image | null
  /** Starts loading scene `index` unless already started; resolves when it is ready or has failed. */
  load(index: number): Promise<void>
  /** Loads every poster; resolves when each is ready or has failed (it never rejects). */
  loadAll(): Promise<void>
}

export type PosterStoreOptions<Image extends PosterImage> = {
  urls: readonly string[]
  /** @default () => new Image() */
  createImage?: () => Image
  /** Called when a poster becomes drawable, so a paused player can repaint. */
  onReady?: (index: number) => void
}

export const createPosterStore = <Image extends PosterImage = HTMLImageElement>(options: PosterStoreOptions<Image>): PosterStore<Image> => {
  const createImage = options.createImage ?? (() => new Image() as unknown as Image)
  const ready = new Map<number, Image>()
  const loading = new Map<number, Promise<void>>()

  const load = (index: number): Promise<void> => {
    const url = options.urls[index]
    if (url === undefined) return Promise.resolve()
    let pending = loading.get(index)
    if (!pending) {
      const image = createImage()
      image.decoding = 'async'
      image.src = url
      pending = image.decode().then(
        () => {
          ready.set(index, image)
          options.onReady?.(index)
        },
        // A missing or broken poster is not an error worth a console line: the palette stands in.
        () => {},
      )
      loading.set(index, pending)
    }
    return pending
  }

  return {
    get: (index) => ready.get(index) ?? null,
    load,
    loadAll: async () => {
      await Promise.all(options.urls.map((_, index) => load(index)))
    },
  }
}
