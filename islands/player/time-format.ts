import { fill } from './fill.ts'

/** Times as players show them: `0:07`, `12:30`, `1:02:03`. Whole seconds, rounded down like a clock. */
export const formatTime = (sec: number): string => {
  const whole = Number.isFinite(sec) && sec > 0 ? Math.floor(sec) : 0
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  const seconds = String(whole % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}

/** The time display: `0:07 / 0:30`. */
export const formatProgress = (sec: number, totalSec: number): string => `${formatTime(sec)} / ${formatTime(totalSec)}`

/** What a screen reader announces for the seek slider, from the page's template: `0:07 of 0:30, scene 2 of 6`. */
export const describePosition = (template: string, sec: number, totalSec: number, sceneIndex: number, sceneCount: number): string =>
  fill(template, { time: formatTime(sec), total: formatTime(totalSec), index: sceneIndex + 1, count: sceneCount })
