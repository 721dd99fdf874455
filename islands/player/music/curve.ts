/**
 * A gain over the video's time as points joined by straight lines (the fades, the ducking), and how
 * it is put on a Web Audio parameter from any position: the value there first, then a ramp to each
 * point still to come. The same points drive the preview (from wherever it is sought to) and the
 * export (from 0).
 */
export type CurvePoint = { timeSec: number; value: number }

/** The curve's value at `sec`: the first point's value before it, the last one's after it. */
export const valueAt = (points: readonly CurvePoint[], sec: number): number => {
  if (points.length === 0) return 1
  if (sec <= points[0]!.timeSec) return points[0]!.value
  for (let index = 1; index < points.length; index++) {
    const after = points[index]!
    if (sec < after.timeSec) {
      const before = points[index - 1]!
      const span = after.timeSec - before.timeSec
      return span <= 0 ? after.value : before.value + ((after.value - before.value) * (sec - before.timeSec)) / span
    }
  }
  return points.at(-1)!.value
}

/**
 * Puts the curve on `param` from video time `fromSec`, which is context time `atContextSec`
 * (a point at video time t lands at atContextSec + t - fromSec).
 */
export const scheduleCurve = (param: AudioParam, points: readonly CurvePoint[], fromSec: number, atContextSec: number) => {
  param.cancelScheduledValues(atContextSec)
  param.setValueAtTime(valueAt(points, fromSec), atContextSec)
  for (const point of points) {
    if (point.timeSec > fromSec) param.linearRampToValueAtTime(point.value, atContextSec + point.timeSec - fromSec)
  }
}
