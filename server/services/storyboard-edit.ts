import { z } from 'zod'
import { MAX_DURATION_SEC, SCENE_COUNT_LIMITS, SHORTS_MAX_SEC } from '../../shared/durations.ts'
import { sceneSchema, storyboardSchema, type AspectRatio, type Scene } from '../ai/storyboard.ts'
import type { Repositories, StoryboardEdit, VersionCause } from '../db/index.ts'
import type { StoredScene, VideoWithScenes } from '../db/model.ts'
import type { Logger } from '../log.ts'
import { posterHash, renderPosterSvg } from '../posters/svg.ts'
import type { Narrator } from '../tts/index.ts'
import { createBackgroundNarration } from './background-narration.ts'
import type { VideoService } from './videos.ts'

/**
 * Editing a storyboard: a person's save (PATCH), a restore, a regenerated scene. Each is one new
 * version, written only if the video is still at the version the edit was made against, and only
 * what changed is redone: a scene whose words or slot changed is narrated again in the background,
 * a scene whose picture fields changed gets a new poster hash; everything else keeps its clips and
 * poster.
 */

/**
 * One scene of the new order. `from` is the 0-based position, in the version the client holds, of
 * the scene it came from (omitted: a new scene; the same `from` twice: a duplicate): what the
 * payload does not carry (poster, narration clips, an uploaded image) follows it.
 */
export const sceneEditSchema = sceneSchema.extend({
  from: z
    .number()
    .int()
    .min(0)
    .max(SCENE_COUNT_LIMITS.max - 1)
    .optional(),
})
export type SceneEdit = z.infer<typeof sceneEditSchema>

export const sceneEditsSchema = z.array(sceneEditSchema).min(SCENE_COUNT_LIMITS.min).max(SCENE_COUNT_LIMITS.max)

/** A field an edit got wrong that only the stored video can tell (a `from` past its end, a total too long). */
export type EditIssue = { path: string; message: string }

export type EditOutcome =
  | { kind: 'saved'; video: VideoWithScenes }
  | { kind: 'missing' }
  | { kind: 'not-ready' }
  | { kind: 'stale'; version: number }
  | { kind: 'invalid'; issues: EditIssue[] }

/** What a save changes; absent fields stay as they are. */
export interface StoryboardChange {
  title?: string
  aspect?: AspectRatio
  scenes?: SceneEdit[]
}

export type StoryboardEditorDeps = {
  repos: Pick<Repositories, 'videos' | 'versions'>
  videos: VideoService
  narrator?: Narrator | undefined
  logger: Logger
}

/** The longest a video may become by editing: the product's limits, 60 s for a Short. */
export const maxTotalSec = (video: { shorts: boolean }) => (video.shorts ? SHORTS_MAX_SEC : MAX_DURATION_SEC)

const samePicture = (a: Scene, b: Scene) =>
  a.visual === b.visual && a.onScreenText === b.onScreenText && a.shot === b.shot && a.palette.join() === b.palette.join()

const stripPosition = ({ position: _position, ...scene }: StoredScene): Omit<StoredScene, 'position'> => scene

/**
 * The new scenes of an edit: each built on the scene it came from, keeping that scene's poster when
 * its picture did not change (in the same frame) and its narration when its words and slot did not.
 */
export const applySceneEdits = (
  video: VideoWithScenes,
  edits: readonly SceneEdit[],
  aspect: AspectRatio,
): { scenes: Omit<StoredScene, 'position'>[] } | { issues: EditIssue[] } => {
  const issues: EditIssue[] = []
  for (const [index, edit] of edits.entries()) {
    if (edit.from !== undefined && edit.from >= video.scenes.length) {
      issues.push({ path: `scenes.${index}.from`, message: `This video has ${video.scenes.length} scenes; from must be below that.` })
    }
  }
  const total = edits.reduce((sum, edit) => sum + edit.durationSec, 0)
  if (total > maxTotalSec(video) + 1e-9) {
    issues.push({
      path: 'scenes',
      message: `The scenes add up to ${Math.round(total)} s; this video may last at most ${maxTotalSec(video)} s.`,
    })
  }
  if (issues.length) return { issues }
  const scenes = edits.map(({ from, ...edit }) => {
    const base = from === undefined ? undefined : video.scenes[from]
    const scene: Scene = edit
    const posterKept = base && aspect === video.aspect && samePicture(base, scene)
    const narrationKept = base && base.narration === scene.narration && base.durationSec === scene.durationSec
    return {
      ...(base ? stripPosition(base) : {}),
      ...scene,
      // The person's own picture follows the scene it came from, whatever else changed.
      imageId: base?.imageId ?? null,
      posterHash: posterKept
        ? base.posterHash
        : posterHash(renderPosterSvg(scene, { aspect, language: video.language, style: video.style })),
      ...(narrationKept
        ? { sentences: base.sentences, narrationStatus: base.narrationStatus, narrationError: base.narrationError }
        : { sentences: [], narrationStatus: 'pending' as const, narrationError: null }),
    }
  })
  return { scenes }
}

/** The full script follows the scenes' narration, as a storyboard's script does. */
const scriptOf = (scenes: readonly Pick<Scene, 'narration'>[]) => scenes.map((scene) => scene.narration).join('\n\n')

export const createStoryboardEditor = ({ repos, videos, narrator, logger }: StoryboardEditorDeps) => {
  const narration = createBackgroundNarration({ repos, videos, narrator, logger })

  /**
   * Saves `next` over `video` as a new version of `cause`, if `video.version` is still current.
   * Without a condition (`conditional` false: a script that sent no If-Match) a save that lost the
   * race is rebuilt on the fresh video and tried again, at most a few times.
   */
  const save = async (
    video: VideoWithScenes,
    build: (video: VideoWithScenes) => { edit: StoryboardEdit } | { issues: EditIssue[] },
    cause: VersionCause,
    conditional: boolean,
  ): Promise<EditOutcome> => {
    let current = video
    for (let attempt = 0; attempt < 3; attempt++) {
      if (current.status !== 'ready') return { kind: 'not-ready' }
      const built = build(current)
      if ('issues' in built) return { kind: 'invalid', issues: built.issues }
      // Keep what the storyboard schema holds for any storyboard (the title's length, the script's).
      const checked = storyboardSchema.shape.script.safeParse(built.edit.script)
      if (!checked.success) return { kind: 'invalid', issues: [{ path: 'scenes', message: 'The narration is too long in total.' }] }
      const saved = await repos.videos.replaceStoryboard(current.id, current.userId, current.version, built.edit, cause)
      if (saved === null) return { kind: 'missing' }
      if (saved !== 'stale') {
        await videos.changed(saved)
        narration.schedule(saved.id)
        return { kind: 'saved', video: saved }
      }
      const fresh = await videos.fresh(current.id, current.userId)
      if (!fresh) return { kind: 'missing' }
      if (conditional) return { kind: 'stale', version: fresh.version }
      current = fresh
    }
    return { kind: 'stale', version: current.version }
  }

  return {
    /**
     * A person's save: a new title, frame or scene list (a visibility change is not content and is
     * the video service's). A new frame re-renders every poster for it.
     */
    edit(video: VideoWithScenes, change: StoryboardChange, options: { conditional: boolean }): Promise<EditOutcome> {
      return save(
        video,
        (current) => {
          const aspect = change.aspect ?? current.aspect
          const edits: SceneEdit[] = change.scenes ?? current.scenes.map(({ position, ...scene }) => ({ ...scene, from: position }))
          const applied = applySceneEdits(current, edits, aspect)
          if ('issues' in applied) return applied
          return {
            edit: {
              title: change.title ?? current.title,
              logline: current.logline,
              script: change.scenes ? scriptOf(applied.scenes) : current.script,
              aspect,
              scenes: applied.scenes,
            },
          }
        },
        change.scenes || change.title !== undefined ? 'edit' : 'aspect',
        options.conditional,
      )
    },

    /** One scene replaced by `scene` (a regenerated or rewritten one), the rest untouched. */
    replaceScene(video: VideoWithScenes, position: number, scene: Scene, options: { conditional: boolean }): Promise<EditOutcome> {
      return save(
        video,
        (current) => {
          if (!current.scenes[position]) return { issues: [{ path: 'position', message: 'No such scene.' }] }
          const edits = current.scenes.map(({ position: from, ...each }) => ({ ...(from === position ? scene : each), from }))
          const applied = applySceneEdits(current, edits, current.aspect)
          if ('issues' in applied) return applied
          return {
            edit: {
              title: current.title,
              logline: current.logline,
              script: scriptOf(applied.scenes),
              aspect: current.aspect,
              scenes: applied.scenes,
            },
          }
        },
        'regenerate',
        options.conditional,
      )
    },

    /**
     * A new version equal to an old one: the same text, frame and scenes, posters and clips reused by
     * hash (scenes whose narration never finished are narrated again).
     * @returns `missing` also when there is no such version
     */
    async restore(video: VideoWithScenes, version: number, options: { conditional: boolean }): Promise<EditOutcome> {
      const old = await repos.versions.get(video.id, version)
      if (!old) return { kind: 'missing' }
      return save(
        video,
        () => ({
          edit: {
            title: old.title,
            logline: old.logline,
            script: old.script,
            aspect: old.aspect,
            scenes: old.scenes.map((scene) => {
              const kept = stripPosition(scene)
              return kept.narrationStatus === 'ready'
                ? kept
                : { ...kept, sentences: [], narrationStatus: 'pending' as const, narrationError: null }
            }),
          },
        }),
        'restore',
        options.conditional,
      )
    },

    /** The owner's history, newest first; a video from before versions gets its current one first. */
    async versions(video: VideoWithScenes) {
      if (video.status === 'ready') await repos.versions.ensureSnapshot(video.id)
      return repos.versions.list(video.id)
    },

    version: (video: VideoWithScenes, version: number) => repos.versions.get(video.id, version),

    /** Resolves when the video's background narration has nothing left to do (tests, shutdown). */
    settled: (videoId: string) => narration.settled(videoId),
  }
}

export type StoryboardEditor = ReturnType<typeof createStoryboardEditor>
