import { describe, expect, test } from 'bun:test'
import { UploadRejected } from './errors.ts'
import { createImagePool } from './pool.ts'

const request = { type: 'png' as const, width: 1, height: 1, bytes: new Uint8Array(8), outputMaxSide: 10 }
const hanging = new URL('./testing/hanging-worker.ts', import.meta.url)

const reasonOf = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    if (error instanceof UploadRejected) return error.reason
    throw error
  }
  return 'accepted'
}

describe('the image pool', () => {
  test('a worker that never answers is ended at the timeout, and its image refused as undecodable', async () => {
    const pool = createImagePool({ size: 1, queueLimit: 2, timeoutMs: 100, workerUrl: hanging })
    expect(await reasonOf(pool.run(request))).toBe('undecodable')
    expect(pool.pending).toBe(0)
    pool.close()
  })

  test('one image at a time; past the queue limit an upload is refused as busy, and close refuses the rest', async () => {
    const pool = createImagePool({ size: 1, queueLimit: 1, timeoutMs: 60_000, workerUrl: hanging })
    const running = reasonOf(pool.run(request))
    const waiting = reasonOf(pool.run(request))
    expect(pool.pending).toBe(2)
    expect(await reasonOf(pool.run(request))).toBe('busy')
    pool.close()
    expect([await running, await waiting]).toEqual(['busy', 'busy'])
    expect(await reasonOf(pool.run(request))).toBe('busy')
  })
})
