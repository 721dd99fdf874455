import { randomInt } from 'node:crypto'
import { seedSchema } from '../../ai/storyboard.ts'
import type { VideoWithScenes } from '../../db/model.ts'
import type { PageContext } from '../context.ts'
import { CsrfField, Notice } from './field.tsx'

/** A scene the writer could not fill from the idea: its narration is a [placeholder] for the person to write. */
export const isPlaceholder = (narration: string): boolean => /^\[.+\]$/s.test(narration.trim())

/** For the owner: some scenes wait for their words; fill them in, or let an AI endpoint write them. */
export function PlaceholderNotice({ ctx, video }: { ctx: PageContext; video: VideoWithScenes }) {
  if (!video.scenes.some((scene) => isPlaceholder(scene.narration))) return null
  return <Notice kind="ok">{ctx.t.writer.placeholders}</Notice>
}

/**
 * "Try another version": the create form's fields, filled with this video's request and a new seed, so
 * the same idea is written again, as another video, without touching this one. A plain form, no script.
 */
export function AnotherVersionForm({ ctx, video }: { ctx: PageContext; video: VideoWithScenes }) {
  const seed = randomInt(1, seedSchema.maxValue ?? 2 ** 31 - 1)
  return (
    <form method="post" action="/videos" class="another-version">
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="prompt" value={video.prompt} />
      <input type="hidden" name="style" value={video.style} />
      <input type="hidden" name="durationSec" value={String(video.durationSec)} />
      <input type="hidden" name="aspect" value={video.aspect} />
      <input type="hidden" name="language" value={video.language} />
      {video.shorts && <input type="hidden" name="shorts" value="on" />}
      <input type="hidden" name="seed" value={String(seed)} />
      {video.template && <input type="hidden" name="template" value={video.template} />}
      {video.brandKitId && <input type="hidden" name="brandKitId" value={video.brandKitId} />}
      <button class="btn" type="submit" title={ctx.t.writer.anotherVersionHint}>
        {ctx.t.writer.anotherVersion}
      </button>
    </form>
  )
}
