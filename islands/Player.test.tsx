import { afterEach, beforeEach, describe, expect, test } from 'bun:test'
import { Window } from 'happy-dom'
import { render } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { act } from 'preact/test-utils'
import { messagesFor } from '../server/i18n/index.ts'
import { playerMessages } from '../server/i18n/player-messages.ts'
import Player, { SEEK_STEP_SEC, type PlayerProps } from './Player.tsx'

const props = (overrides: Partial<PlayerProps> = {}): PlayerProps => ({
  videoId: 'v1',
  title: 'Harbour <Dawn> & "Gulls"',
  aspect: '16:9',
  scenes: [0, 1, 2].map((index) => ({
    durationSec: 10,
    narration: `Narration of scene ${index}.`,
    onScreenText: `Scene ${index}`,
    shot: 'wide',
    palette: ['#102030', '#405060', '#708090'],
    posterUrl: `/posters/v1/${index}-abc.svg`,
    posterWidth: 1280,
    posterHeight: 720,
    narrationStatus: 'ready' as const,
    sentences: [{ text: `Narration of scene ${index}.`, startSec: 0.3, endSec: 2.5, audioUrl: `/audio/clip${index}.wav` }],
  })),
  messages: playerMessages('en', messagesFor('en')),
  uiLanguage: 'en',
  captionsUrl: '/api/videos/v1/captions.vtt',
  ...overrides,
})

/** Parses server HTML the way a browser would, to read attributes back. */
const parse = (html: string) => {
  const document = new Window().document
  document.body.innerHTML = html
  return document
}

describe('Player on the server (the still frame before hydration)', () => {
  test('renders without any browser API: a canvas at the aspect resolution, the first poster, and the controls', () => {
    // Bun has no document, matchMedia or requestAnimationFrame: touching one during render would throw here.
    const document = parse(renderToString(<Player {...props()} />))
    const canvas = document.querySelector('canvas')!
    expect([canvas.getAttribute('width'), canvas.getAttribute('height')]).toEqual(['1280', '720'])
    expect(document.querySelector('.player')!.className).toContain('player-16x9')
    expect(document.querySelector('img.player-poster')!.getAttribute('src')).toBe('/posters/v1/0-abc.svg')
    expect(document.querySelector('.player-time')!.textContent).toBe('0:00 / 0:30')
    const seek = document.querySelector('input[type=range]')!
    expect(seek.getAttribute('max')).toBe('30')
    expect(seek.getAttribute('aria-label')).toBe('Seek')
    expect(seek.getAttribute('aria-valuetext')).toBe('0:00 of 0:30, scene 1 of 3')
    expect(document.querySelector('button.player-play')!.getAttribute('aria-label')).toBe('Play')
    expect([...document.querySelectorAll('button')].map((button) => button.textContent!.trim())).toContain('Export video')
  })

  test.each(['es', 'fr', 'de', 'pt', 'it'] as const)(
    'speaks the page language (%s): every label from its messages, none left in English',
    (lang) => {
      const t = messagesFor(lang)
      const document = parse(renderToString(<Player {...props({ messages: playerMessages(lang, t), uiLanguage: lang })} />))
      expect(document.querySelector('button.player-play')!.getAttribute('aria-label')).toBe(t.player.play)
      const seek = document.querySelector('input[type=range]')!
      expect(seek.getAttribute('aria-label')).toBe(t.player.seek)
      expect(seek.getAttribute('aria-valuetext')).toBe(
        t.player.position.replace('{time}', '0:00').replace('{total}', '0:30').replace('{index}', '1').replace('{count}', '3'),
      )
      expect(document.querySelector('.player-canvas')!.getAttribute('aria-label')).toBe(
        `${t.player.canvas.replace('{title}', props().title).replace('{scenes}', t.form.scenes(3))}`,
      )
      expect(document.querySelector('.player-scenes')!.getAttribute('aria-label')).toBe(t.video.scenes)
      const text = document.body.textContent!
      expect(text).toContain(t.player.export)
      expect(text).toContain(t.player.captionStyles['bold-box'])
      expect(text).toContain(t.player.downloadCaptions)
      for (const english of ['Export video', 'Captions', 'Bold box', 'Quality', 'Download captions']) expect(text).not.toContain(english)
      const labels = [...document.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label')!)
      for (const english of ['Play', 'Seek', 'Scenes', 'Video player'])
        expect(labels.some((label) => label.startsWith(english))).toBe(false)
    },
  )

  test('controls are disabled until hydration gives them something to drive', () => {
    const document = parse(renderToString(<Player {...props()} />))
    for (const control of document.querySelectorAll('button, input')) expect(control.hasAttribute('disabled')).toBe(true)
  })

  test.each([
    ['9:16', '720', '1280'],
    ['1:1', '1080', '1080'],
  ] as const)('aspect %s draws at %sx%s', (aspect, width, height) => {
    const canvas = parse(renderToString(<Player {...props({ aspect })} />)).querySelector('canvas')!
    expect([canvas.getAttribute('width'), canvas.getAttribute('height')]).toEqual([width, height])
  })

  test('the title is escaped wherever it appears', () => {
    const html = renderToString(<Player {...props()} />)
    expect(html).not.toContain('<Dawn>')
    expect(parse(html).querySelector('.player')!.getAttribute('aria-label')).toBe('Video player: Harbour <Dawn> & "Gulls"')
  })

  test('a storyboard without scenes says so instead of showing an empty player', () => {
    const document = parse(renderToString(<Player {...props({ scenes: [] })} />))
    expect(document.querySelector('canvas')).toBeNull()
    expect(document.body.textContent).toContain('no scenes')
  })
})

describe('Player in a (happy-dom) browser: keyboard', () => {
  let window: Window
  let root: HTMLElement
  const globals = ['window', 'document', 'Element', 'Image', 'matchMedia', 'requestAnimationFrame', 'cancelAnimationFrame'] as const

  beforeEach(async () => {
    window = new Window()
    const fakes = {
      window,
      document: window.document,
      Element: window.Element,
      // No network in unit tests: every poster "decodes" at once.
      Image: class {
        src = ''
        decoding = 'auto'
        decode = () => Promise.resolve()
      },
      matchMedia: (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }),
      requestAnimationFrame: (callback: () => void) => setTimeout(callback, 0) as unknown as number,
      cancelAnimationFrame: (handle: number) => clearTimeout(handle),
    }
    for (const name of globals) (globalThis as Record<string, unknown>)[name] = fakes[name]
    root = window.document.createElement('div') as unknown as HTMLElement
    window.document.body.appendChild(root as never)
    await act(() => render(<Player {...props()} />, root))
  })

  afterEach(async () => {
    await act(() => render(null, root))
    for (const name of globals) delete (globalThis as Record<string, unknown>)[name]
    await window.happyDOM.close()
  })

  const player = () => root.querySelector('.player')!
  const key = async (target: Element, name: string) => {
    await act(() => {
      target.dispatchEvent(new window.KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }) as unknown as Event)
    })
  }
  const position = () => Number(root.querySelector<HTMLInputElement>('input[type=range]')!.value)

  test('hydration enables the controls', () => {
    expect(root.querySelector('button.player-play')!.hasAttribute('disabled')).toBe(false)
    expect(root.querySelector('input[type=range]')!.hasAttribute('disabled')).toBe(false)
  })

  test('K toggles play and pause from anywhere in the player', async () => {
    const canvas = root.querySelector('canvas')!
    await key(canvas, 'k')
    expect(player().getAttribute('data-state')).toBe('playing')
    expect(root.querySelector('button.player-play')!.getAttribute('aria-label')).toBe('Pause')
    await key(canvas, 'K')
    expect(player().getAttribute('data-state')).toBe('paused')
  })

  test('Space toggles on the canvas and the slider, but on a button it is left to the button', async () => {
    await key(root.querySelector('canvas')!, ' ')
    expect(player().getAttribute('data-state')).toBe('playing')
    await key(root.querySelector('input[type=range]')!, ' ')
    expect(player().getAttribute('data-state')).toBe('paused')
    await key(root.querySelector('button.player-play')!, ' ')
    expect(player().getAttribute('data-state')).toBe('paused')
  })

  test(`← and → seek ${SEEK_STEP_SEC} s, clamped to the video; Home and End jump`, async () => {
    const slider = root.querySelector('input[type=range]')!
    await key(slider, 'ArrowRight')
    expect(position()).toBe(SEEK_STEP_SEC)
    await key(slider, 'ArrowRight')
    await key(slider, 'ArrowLeft')
    expect(position()).toBe(SEEK_STEP_SEC)
    await key(slider, 'ArrowLeft')
    await key(slider, 'ArrowLeft')
    expect(position()).toBe(0)
    await key(slider, 'End')
    expect(position()).toBe(30)
    expect(root.querySelector('.player-time')!.textContent).toBe('0:30 / 0:30')
    expect(slider.getAttribute('aria-valuetext')).toBe('0:30 of 0:30, scene 3 of 3')
  })

  test('handled keys do not also do their default (scrolling the page, stepping the slider)', async () => {
    const event = new window.KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true })
    await act(() => {
      root.querySelector('canvas')!.dispatchEvent(event as unknown as Event)
    })
    expect(event.defaultPrevented).toBe(true)
  })

  test('shortcuts with Ctrl, Alt or Meta belong to the browser', async () => {
    const event = new window.KeyboardEvent('keydown', { key: 'ArrowRight', ctrlKey: true, bubbles: true, cancelable: true })
    await act(() => {
      root.querySelector('canvas')!.dispatchEvent(event as unknown as Event)
    })
    expect(event.defaultPrevented).toBe(false)
    expect(position()).toBe(0)
  })
})
