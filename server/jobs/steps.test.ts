import { describe, expect, test } from 'bun:test'
import type { GenerationJob } from '../db/model.ts'
import { eventFromJob, labelForNarration, labelForSceneEvent, stepFor } from './steps.ts'

const job = (step: string): GenerationJob => ({
  id: 'job-1',
  videoId: 'video-1',
  status: 'running',
  step,
  progress: 0.4,
  error: null,
  attempts: 1,
  createdAt: 0,
  updatedAt: 0,
  startedAt: 0,
  finishedAt: null,
})

describe('eventFromJob rebuilds what the worker published', () => {
  test('narration: the scene and every scene’s status survive the round trip through the job row', () => {
    const statuses = ['ready', 'failed', 'pending', 'pending'] as const
    const event = eventFromJob(job(stepFor.narration(3, statuses)), 123)
    expect(event).toEqual({
      videoId: 'video-1',
      jobId: 'job-1',
      status: 'running',
      step: 'narration',
      label: labelForNarration(3, 4),
      scene: { index: 3, total: 4 },
      narration: [...statuses],
      progress: 0.4,
      at: 123,
    })
  })

  test('rows written by the previous build (scene:2/6) still read as scene steps', () => {
    expect(eventFromJob(job('scene:2/6'), 0)).toMatchObject({ step: 'scene', scene: { index: 2, total: 6 } })
  })

  test('per-scene steps while writing: the scene and the statuses of every scene written so far survive', () => {
    for (const kind of ['scene-written', 'scene-narrated', 'scene-failed'] as const) {
      const statuses = ['ready', 'failed', 'pending'] as const
      expect(eventFromJob(job(stepFor.sceneEvent(kind, 2, statuses)), 5)).toEqual({
        videoId: 'video-1',
        jobId: 'job-1',
        status: 'running',
        step: kind,
        label: labelForSceneEvent(kind, 2),
        sceneIndex: 2,
        narration: [...statuses],
        progress: 0.4,
        at: 5,
      })
    }
  })
})
