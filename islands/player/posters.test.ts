import { describe, expect, test } from 'bun:test'
import { createPosterStore, type PosterImage } from './posters.ts'

/** An image whose decoding the test finishes by hand. */
const fakeImages = () => {
  const created: (PosterImage & { finish(ok: boolean): void })[] = []
  const createImage = () => {
    let settle: (ok: boolean) => void = () => {}
    const decoded = new Promise<void>((resolve, reject) => (settle = (ok) => (ok ? resolve() : reject(new Error('EncodingError')))))
    const image = { src: '', decoding: 'auto' as PosterImage['decoding'], decode: () => decoded, finish: (ok: boolean) => settle(ok) }
    created.push(image)
    return image
  }
  return { created, createImage }
}

describe('createPosterStore', () => {
  test('a poster is not drawable until it has decoded', async () => {
    const images = fakeImages()
    const ready: number[] = []
    const store = createPosterStore({
      urls: ['/p/0.svg', '/p/1.svg'],
      createImage: images.createImage,
      onReady: (index) => ready.push(index),
    })
    const loaded = store.load(1)
    expect(images.created).toHaveLength(1)
    expect(images.created[0]!.src).toBe('/p/1.svg')
    expect(images.created[0]!.decoding).toBe('async')
    expect(store.get(1)).toBeNull()
    images.created[0]!.finish(true)
    await loaded
    expect(store.get(1)).toBe(images.created[0]!)
    expect(ready).toEqual([1])
  })

  test('loading the same poster twice starts one download', async () => {
    const images = fakeImages()
    const store = createPosterStore({ urls: ['/p/0.svg'], createImage: images.createImage })
    const first = store.load(0)
    const second = store.load(0)
    expect(images.created).toHaveLength(1)
    images.created[0]!.finish(true)
    await Promise.all([first, second])
  })

  test('a poster that fails stays null (the palette stands in), and load does not reject', async () => {
    const images = fakeImages()
    const ready: number[] = []
    const store = createPosterStore({ urls: ['/p/broken.svg'], createImage: images.createImage, onReady: (index) => ready.push(index) })
    const loaded = store.load(0)
    images.created[0]!.finish(false)
    await loaded
    expect(store.get(0)).toBeNull()
    expect(ready).toEqual([])
  })

  test('loadAll resolves once every poster is ready or failed', async () => {
    const images = fakeImages()
    const store = createPosterStore({ urls: ['/a.svg', '/b.svg', '/c.svg'], createImage: images.createImage })
    let settled = false
    const all = store.loadAll().then(() => (settled = true))
    images.created[0]!.finish(true)
    images.created[1]!.finish(false)
    await Promise.resolve()
    expect(settled).toBe(false)
    images.created[2]!.finish(true)
    await all
    expect([0, 1, 2].map((index) => store.get(index) !== null)).toEqual([true, false, true])
  })

  test('an index without a poster is ignored', async () => {
    const images = fakeImages()
    const store = createPosterStore({ urls: [], createImage: images.createImage })
    await store.load(3)
    expect(images.created).toHaveLength(0)
    expect(store.get(3)).toBeNull()
  })
})
