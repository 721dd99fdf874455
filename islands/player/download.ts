/**
 * Saves a Blob as a file: a temporary object URL behind an `<a download>` click, the one way every
 * browser supports without a library.
 */

/** FileSaver.js waits 40 s: revoking at once can cancel a download that has not started reading yet. */
export const REVOKE_AFTER_MS = 40_000

export type DownloadOptions = {
  /** @default document */
  document?: Document
  /** @default URL */
  urls?: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>
  /** @default setTimeout */
  setTimeout?: (callback: () => void, ms: number) => unknown
}

export const downloadBlob = (blob: Blob, fileName: string, options: DownloadOptions = {}): void => {
  const doc = options.document ?? document
  const urls = options.urls ?? URL
  const later = options.setTimeout ?? ((callback, ms) => setTimeout(callback, ms))
  const url = urls.createObjectURL(blob)
  const link = doc.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  // Firefox follows the click only on a link that is in the document.
  doc.body.append(link)
  link.click()
  link.remove()
  later(() => urls.revokeObjectURL(url), REVOKE_AFTER_MS)
}
