/** A worker that throws on every sentence, as a broken engine would. */
declare const self: Worker
self.onmessage = () => {
  throw new Error('engine exploded')
}
