/** A worker that takes sentences and never answers: lets tests reach the pool's timeout without a clock. */
declare const self: Worker
self.onmessage = () => {}
