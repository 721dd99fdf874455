import { describe, expect, test } from 'bun:test'
import { createAutosave, type Timer } from './autosave.ts'

const manualTimer = () => {
  const runs = new Map<number, { run: () => void; ms: number }>()
  let id = 0
  const timer: Timer = {
    set: (run, ms) => {
      runs.set(++id, { run, ms })
      return id
    },
    clear: (handle) => runs.delete(handle as number),
  }
  return { timer, runs }
}

describe('createAutosave', () => {
  test('debounces: many changes, one timer, one save', async () => {
    const { timer, runs } = manualTimer()
    let saves = 0
    const autosave = createAutosave(async () => (saves++, 'done'), { delayMs: 800, timer })
    autosave.schedule()
    autosave.schedule()
    autosave.schedule()
    expect([...runs.values()].map((entry) => entry.ms)).toEqual([800])
    for (const entry of runs.values()) entry.run()
    await Promise.resolve()
    expect(saves).toBe(1)
  })

  test('never two saves at once; a change during a save is saved after it; flush waits for both', async () => {
    const { timer, runs } = manualTimer()
    const order: string[] = []
    let release!: () => void
    const autosave = createAutosave(
      async () => {
        order.push('start')
        if (order.length === 1) await new Promise<void>((resolve) => (release = resolve))
        order.push('end')
        return 'done'
      },
      { delayMs: 10, timer },
    )
    const first = autosave.flush()
    autosave.schedule()
    expect(runs.size).toBe(0)
    expect(autosave.saving).toBe(true)
    release()
    await first
    expect(runs.size).toBe(1)
    await autosave.flush()
    expect(order).toEqual(['start', 'end', 'start', 'end'])
    expect(runs.size).toBe(0)
  })

  test('a stopped save (conflict) schedules nothing more', async () => {
    const { timer, runs } = manualTimer()
    let calls = 0
    const autosave = createAutosave(async () => (calls++, 'stop'), { delayMs: 10, timer })
    const running = autosave.flush()
    autosave.schedule()
    expect(await running).toBe('stop')
    expect(runs.size).toBe(0)
    expect(calls).toBe(1)
  })
})
