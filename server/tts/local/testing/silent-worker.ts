/** A worker that takes sentences and never answers: lets tests reach the pool's timeout without a clock. */
export {}
declare const self: Worker
self.onmessage = () => {}
