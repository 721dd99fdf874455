/** A worker that takes every image and never answers: the pool's timeout must end it. Test-only. */
declare const self: Worker
self.onmessage = () => {}
export {}
