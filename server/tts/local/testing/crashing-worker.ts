/** A worker that throws on every sentence, as a broken engine would. */
export {}
declare const self: Worker
self.onmessage = () => {
  throw new Error('engine exploded')
}
