/** setTimeout/clearTimeout, injected so tests decide when time passes. */
export type Timer = { set: (run: () => void, ms: number) => unknown; clear: (handle: unknown) => void }

export const browserTimer: Timer = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** What one save came to: `again` when the draft changed while it ran, `stop` when a person must decide (conflict, error). */
export type SaveOutcome = 'done' | 'stop'

/**
 * Debounced, one save at a time. A change during a save is saved right after it (debounced
 * again); `flush()` saves now and resolves when nothing is waiting.
 */
export const createAutosave = (save: () => Promise<SaveOutcome>, options: { delayMs: number; timer: Timer }) => {
  let handle: unknown
  let running: Promise<SaveOutcome> | null = null
  let wanted = false

  const run = async (): Promise<SaveOutcome> => {
    if (running) {
      wanted = true
      return running
    }
    wanted = false
    running = save()
    try {
      const outcome = await running
      running = null
      if (outcome === 'done' && wanted) schedule()
      return outcome
    } catch (error) {
      running = null
      throw error
    }
  }

  const cancel = () => {
    if (handle !== undefined) options.timer.clear(handle)
    handle = undefined
  }

  const schedule = () => {
    cancel()
    if (running) {
      wanted = true
      return
    }
    handle = options.timer.set(() => {
      handle = undefined
      void run()
    }, options.delayMs)
  }

  /** Saves now (after the one running, if any). */
  const flush = async (): Promise<SaveOutcome> => {
    cancel()
    if (running) {
      await running.catch(() => 'stop')
    }
    return run()
  }

  return {
    schedule,
    flush,
    cancel,
    get saving() {
      return running !== null
    },
  }
}
export type Autosave = ReturnType<typeof createAutosave>
