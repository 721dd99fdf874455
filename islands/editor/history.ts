/**
 * Undo and redo over whole states. Typing is one step, not one per key: a push with the same
 * `group` as the last one (the same field of the same scene) replaces the present instead,
 * until `seal()` (the field lost focus) or another kind of change.
 */
export type History<T> = {
  readonly present: T
  readonly canUndo: boolean
  readonly canRedo: boolean
  push: (next: T, group?: string) => void
  undo: () => boolean
  redo: () => boolean
  seal: () => void
  /** Rewrites every kept state (after a save renumbered the scenes' `from`). */
  mapAll: (map: (state: T) => T) => void
  /** Puts `state` in place of the present without a step (the server's wording of what was just saved). */
  replace: (state: T) => void
  /** Forgets everything before `state` (a reload chose the server's version). */
  reset: (state: T) => void
}

export const createHistory = <T>(initial: T, limit = 200): History<T> => {
  let past: T[] = []
  let future: T[] = []
  let present = initial
  let group: string | undefined
  return {
    get present() {
      return present
    },
    get canUndo() {
      return past.length > 0
    },
    get canRedo() {
      return future.length > 0
    },
    push(next, nextGroup) {
      if (nextGroup === undefined || nextGroup !== group) {
        past.push(present)
        if (past.length > limit) past.shift()
      }
      group = nextGroup
      present = next
      future = []
    },
    undo() {
      const previous = past.pop()
      if (previous === undefined) return false
      future.push(present)
      present = previous
      group = undefined
      return true
    },
    redo() {
      const next = future.pop()
      if (next === undefined) return false
      past.push(present)
      present = next
      group = undefined
      return true
    },
    seal() {
      group = undefined
    },
    mapAll(map) {
      past = past.map(map)
      future = future.map(map)
      present = map(present)
    },
    replace(state) {
      present = state
    },
    reset(state) {
      past = []
      future = []
      present = state
      group = undefined
    },
  }
}
