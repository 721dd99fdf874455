import { expect, test } from 'bun:test'
import { Window } from 'happy-dom'
import { downloadBlob, REVOKE_AFTER_MS } from './download.ts'

test('clicks a hidden <a download> pointing at an object URL, removes it, and revokes the URL later', () => {
  const window = new Window()
  const document = window.document as unknown as Document
  const clicked: { href: string; download: string; inDocument: boolean }[] = []
  document.addEventListener('click', (event) => {
    const link = event.target as HTMLAnchorElement
    clicked.push({ href: link.href, download: link.download, inDocument: link.isConnected })
    event.preventDefault()
  })
  const created: Blob[] = []
  const revoked: string[] = []
  const timers: { callback: () => void; ms: number }[] = []
  const blob = new Blob(['webm bytes'], { type: 'video/webm' })

  downloadBlob(blob, 'my-video.webm', {
    document,
    urls: {
      createObjectURL: (object: Blob | MediaSource) => (created.push(object as Blob), 'blob:http://127.0.0.1/1234'),
      revokeObjectURL: (url: string) => revoked.push(url),
    },
    setTimeout: (callback, ms) => timers.push({ callback, ms }),
  })

  expect(created).toEqual([blob])
  expect(clicked).toEqual([{ href: 'blob:http://127.0.0.1/1234', download: 'my-video.webm', inDocument: true }])
  expect(document.querySelectorAll('a')).toHaveLength(0)
  expect(revoked).toEqual([])
  expect(timers.map((timer) => timer.ms)).toEqual([REVOKE_AFTER_MS])
  timers[0]!.callback()
  expect(revoked).toEqual(['blob:http://127.0.0.1/1234'])
  window.close()
})
