/**
 * CPU time of the running Chromium's threads, read from /proc: on a shared machine the wall clock
 * says how busy the neighbours were, while CPU time per thread says where our own work went (the
 * renderer's main thread draws, its pool threads run the software encoders).
 */
import { readdirSync, readFileSync } from 'node:fs'

/** Linux reports thread times in clock ticks, 100 a second on every kernel Debian ships. */
const TICKS_PER_SECOND = 100
const CHROMIUM = '/usr/lib/chromium/chromium'

/** The parent of `pid`, or null once it has ended. */
const parentOf = (pid: string): string | null => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? null
  } catch {
    return null
  }
}

/**
 * Whether `pid` descends from `root`: other engineers' browser tests run Chromium on the same
 * machine, and their threads must not count as ours.
 */
export const descendsFrom = (pid: string, root: string): boolean => {
  for (let current: string | null = pid, hops = 0; current && current !== '0' && hops < 64; hops++) {
    if (current === root) return true
    current = parentOf(current)
  }
  return false
}

const processKind = (pid: string): string | null => {
  try {
    // A zygote child rewrites its command line into one string: match the flags anywhere in it.
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    if (!command.startsWith(CHROMIUM)) return null
    return /--type=([\w-]+)/.exec(command)?.[1] ?? 'browser'
  } catch {
    return null
  }
}

const ticksOf = (stat: string) => {
  // Fields 14 and 15 of stat (utime, stime), counted after the command name.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return Number(fields[11]) + Number(fields[12])
}

/**
 * Seconds of CPU per "process-kind thread-name" (numbered thread names summed together), and per
 * "process-kind *" for the whole process, which keeps the time of threads that have ended (a
 * libvpx encoder's workers end with it). Only the Chromium started below `root` (this process) counts.
 */
export const chromiumCpu = (root = String(process.pid)): Map<string, number> => {
  const seconds = new Map<string, number>()
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const kind = processKind(pid)
    if (!kind || !descendsFrom(pid, root)) continue
    let threads: string[] = []
    try {
      const total = `${kind} *`
      seconds.set(total, (seconds.get(total) ?? 0) + ticksOf(readFileSync(`/proc/${pid}/stat`, 'utf8')) / TICKS_PER_SECOND)
      threads = readdirSync(`/proc/${pid}/task`)
    } catch {
      continue
    }
    for (const tid of threads) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+$/, '')
        const key = `${kind} ${name}`
        seconds.set(key, (seconds.get(key) ?? 0) + ticksOf(stat) / TICKS_PER_SECOND)
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  }
  return seconds
}

/** What each thread group spent between two readings, largest first. */
export const cpuSpent = (before: Map<string, number>, after: Map<string, number>) =>
  [...after]
    .map(([key, seconds]) => ({ key, seconds: seconds - (before.get(key) ?? 0) }))
    .filter((row) => row.seconds > 0)
    .sort((a, b) => b.seconds - a.seconds)
