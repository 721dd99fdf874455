import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { captionsUrl } from '../captions/url.ts'
import { VISIBILITIES, type StoredScene, type VideoWithScenes } from '../db/model.ts'
import { readForm } from '../http/body.ts'
import type { AppEnv } from '../http/env.ts'
import { HttpError } from '../http/errors.ts'
import type { ProgressEvent } from '../jobs/progress.ts'
import { playerMessages } from '../i18n/player-messages.ts'
import { Island } from '../render/island.tsx'
import { isVideoId } from '../../shared/ids.ts'
import { musicSettings } from '../../shared/music.ts'
import { audioUrl } from '../tts/index.ts'
import type { PageContext } from './context.ts'
import { editorProps } from './editor-props.ts'
import { contextFor, loginRedirect, seeOther, sendPage, type PageDeps } from './deps.ts'
import { ErrorPage } from './error-page.tsx'
import { Layout } from './layout.tsx'
import { CsrfField, Notice } from './ui/field.tsx'
import { AnotherVersionForm, PlaceholderNotice } from './ui/another-version.tsx'
import { posterDimensions } from '../posters/dimensions.ts'
import { posterUrl } from '../posters/url.ts'
import { uploadUrl } from '../uploads/url.ts'
import { storyboardEtag } from '../http/if-match.ts'
import { StatusBadge } from './ui/video-card.tsx'
import type { AppliedBrand } from '../../shared/brand.ts'
import type { BrandKit } from '../db/index.ts'
import { BrandKitForm } from './ui/brand-kit-forms.tsx'

type VideoPageProps = {
  ctx: PageContext
  video: VideoWithScenes
  progress: ProgressEvent | null
  /** What the video's brand kit shows (everyone sees it). */
  brand?: AppliedBrand | null
  /** The owner's kits, to choose from; empty for everyone else. */
  kits?: readonly Pick<BrandKit, 'id' | 'name'>[]
  notice?: string | undefined
  /** `?rewrite=&instruction=`: the assistant page's suggestion for the owner's editor. */
  query?: { rewrite?: string; instruction?: string }
}

/** The stored video as the Player island's props (islands/player/types.ts): sentences with their clips, captions, brand. */
export const playerProps = (
  video: VideoWithScenes,
  ctx: Pick<PageContext, 'lang' | 't'>,
  brand: AppliedBrand | null = null,
  /** The owner's session token: the player then saves the music level they choose. */
  owner: { csrfToken: string } | null = null,
) => {
  const { width, height } = posterDimensions(video.aspect)
  return {
    brand,
    musicOwner: owner && { videoId: video.id, csrfToken: owner.csrfToken, etag: storyboardEtag(video.version) },
    videoId: video.id,
    title: video.title ?? '',
    aspect: video.aspect,
    captionsUrl: captionsUrl(video),
    language: video.language,
    messages: playerMessages(ctx.lang, ctx.t),
    uiLanguage: ctx.lang,
    music: {
      ...musicSettings({
        id: video.id,
        seed: video.seed,
        style: video.style,
        mood: video.musicMood,
        palettes: video.scenes.map((scene) => scene.palette),
      }),
      level: video.musicLevel,
    },
    scenes: video.scenes.map((scene) => ({
      durationSec: scene.durationSec,
      narration: scene.narration,
      narrationStatus: scene.narrationStatus,
      sentences: scene.sentences.map((sentence) => ({
        text: sentence.text,
        startSec: sentence.startSec,
        endSec: sentence.endSec,
        audioUrl: sentence.audioHash ? audioUrl(sentence.audioHash) : null,
      })),
      onScreenText: scene.onScreenText,
      shot: scene.shot,
      palette: scene.palette,
      posterUrl: posterUrl(video.id, scene.position, scene.posterHash),
      imageUrl: scene.imageId ? uploadUrl(scene.imageId) : null,
      posterWidth: width,
      posterHeight: height,
    })),
  }
}

/** A scene's narration unless it is simply ready: still being narrated, or failed with a retry for its owner (a plain form). */
function NarrationState({
  ctx,
  video,
  scene,
  isOwner,
}: {
  ctx: PageContext
  video: VideoWithScenes
  scene: StoredScene
  isOwner: boolean
}) {
  const { t } = ctx
  if (scene.narrationStatus === 'ready') return null
  if (scene.narrationStatus === 'pending') return <p class="badge narration-pending">{t.video.narrationPending}</p>
  return (
    <div class="narration-failed">
      <p class="error">
        {t.video.narrationFailed}
        {scene.narrationError && <> · {scene.narrationError}</>}
      </p>
      {isOwner && (
        <form method="post" action={`/videos/${video.id}/scenes/${scene.position}/narration`}>
          <CsrfField token={ctx.csrfToken} />
          <button class="btn" type="submit">
            {t.video.retryNarration}
          </button>
        </form>
      )}
    </div>
  )
}

/**
 * The page's title and description; a public video also gets Open Graph tags, so a shared link
 * previews with its title, logline and first poster (`origin`: where this request was made).
 */
export const videoMeta = (ctx: PageContext, video: VideoWithScenes, origin: string) => {
  const title = video.title ?? video.prompt.slice(0, 60)
  const description = video.logline ?? video.prompt.slice(0, 160)
  const first = video.scenes[0]
  const image = first?.posterHash ? `${origin}${posterUrl(video.id, first.position, first.posterHash)}` : undefined
  return {
    title: `${title} · Reelsmith`,
    description,
    lang: ctx.lang,
    ...(video.visibility === 'public' && {
      openGraph: { type: 'video.other', title, description, url: `${origin}/videos/${video.id}`, image },
    }),
  }
}

/** A video: its progress while it is written, then the player, the script and every scene. */
export function VideoPage({ ctx, video, progress, brand = null, kits = [], notice, query = {} }: VideoPageProps) {
  const { t } = ctx
  const isOwner = ctx.session?.user.id === video.userId
  const { width, height } = posterDimensions(video.aspect)
  return (
    <Layout ctx={ctx}>
      {/* The interface speaks the visitor's language; the video's own words are in its language. */}
      <article class="video-page" lang={video.language}>
        <header class="video-header">
          <h1>{video.title ?? video.prompt}</h1>
          {video.logline && <p class="lead">{video.logline}</p>}
          <p class="muted">
            {t.styles[video.style]} · {video.durationSec} s · {video.aspect} · {t.languages[video.language]}{' '}
            {isOwner && (
              <>
                <StatusBadge status={video.status} t={t} /> <span class="badge">{t.status[video.visibility]}</span>
              </>
            )}
          </p>
          {isOwner && <PlaceholderNotice ctx={ctx} video={video} />}
          {notice && <Notice kind="error">{notice}</Notice>}
        </header>

        {(video.status === 'queued' || video.status === 'generating') && (
          <section class="card" aria-labelledby="progress-heading">
            <h2 id="progress-heading" class="card-title">
              {t.progress.heading}
            </h2>
            <Island
              name="GenerationProgress"
              props={{
                videoId: video.id,
                initial: progress,
                labels: {
                  queued: t.progress.queued,
                  script: t.progress.script,
                  scene: t.progress.scene(0, 0).replace(/0(.*)0/, '{index}$1{total}'),
                  narration: t.progress.narration(0, 0).replace(/0(.*)0/, '{index}$1{total}'),
                  'scene-written': t.progress.sceneWritten(0).replace('0', '{index}'),
                  'scene-narrated': t.progress.sceneNarrated(0).replace('0', '{index}'),
                  'scene-failed': t.progress.sceneFailed(0).replace('0', '{index}'),
                  sceneName: t.video.scene(0).replace('0', '{index}'),
                  narrationStatus: { pending: t.video.narrationPending, ready: t.video.narrationReady, failed: t.video.narrationFailed },
                  posters: t.progress.posters,
                  done: t.progress.done,
                  failed: t.progress.failed,
                  reconnecting: t.progress.reconnecting,
                  failures: t.failures,
                },
              }}
              hydrate="load"
            />
          </section>
        )}

        {video.status === 'failed' && (
          <section class="card">
            <Notice kind="error">
              {t.video.failedLead} {t.failures[progress?.failure ?? 'internal']}
            </Notice>
            {isOwner && (
              <form method="post" action={`/videos/${video.id}/retry`}>
                <CsrfField token={ctx.csrfToken} />
                <button class="btn btn-primary" type="submit">
                  {t.progress.retry}
                </button>
              </form>
            )}
          </section>
        )}

        {video.status === 'ready' && (
          <>
            <section class="player-section" aria-label={video.title ?? ''}>
              <Island
                name="Player"
                props={playerProps(video, ctx, brand, isOwner && ctx.csrfToken ? { csrfToken: ctx.csrfToken } : null)}
                hydrate="visible"
              />
            </section>
            {isOwner && <Island name="StoryboardEditor" props={editorProps(video, ctx, query)} hydrate="idle" />}
            <section aria-labelledby="script-heading">
              <h2 id="script-heading">{t.video.script}</h2>
              <div class="script card">
                {video.script?.split(/\n+/).map((line, index) => (
                  <p key={index}>{line}</p>
                ))}
              </div>
            </section>
            <section aria-labelledby="scenes-heading">
              <h2 id="scenes-heading">{t.video.scenes}</h2>
              <ol class="scene-list">
                {video.scenes.map((scene) => (
                  <li key={scene.position} id={`scene-${scene.position + 1}`} class="scene card">
                    <img
                      src={scene.imageId ? uploadUrl(scene.imageId) : posterUrl(video.id, scene.position, scene.posterHash)}
                      alt={scene.visual}
                      width={width}
                      height={height}
                      loading="lazy"
                      decoding="async"
                    />
                    <div class="scene-text">
                      <h3>
                        {t.video.scene(scene.position + 1)}{' '}
                        <span class="muted">
                          · {t.video.seconds(scene.durationSec)} · {scene.shot}
                        </span>
                      </h3>
                      <p>{scene.narration}</p>
                      <NarrationState ctx={ctx} video={video} scene={scene} isOwner={isOwner} />
                      {scene.onScreenText && (
                        <p class="on-screen">
                          <strong>“{scene.onScreenText}”</strong>
                        </p>
                      )}
                      <p class="muted small">{scene.visual}</p>
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          </>
        )}

        {isOwner && (
          <section class="owner-actions card" aria-label={t.nav.account}>
            {video.status === 'ready' && (
              <>
                <form method="post" action={`/videos/${video.id}/visibility`}>
                  <CsrfField token={ctx.csrfToken} />
                  <input type="hidden" name="visibility" value={video.visibility === 'public' ? 'private' : 'public'} />
                  <button class="btn" type="submit">
                    {video.visibility === 'public' ? t.video.unpublish : t.video.publish}
                  </button>
                </form>
                <a class="btn" href={`/assistant?video=${video.id}`}>
                  {t.video.ask}
                </a>
                <AnotherVersionForm ctx={ctx} video={video} />
                <BrandKitForm ctx={ctx} video={video} kits={kits} />
              </>
            )}
            {/* A disclosure instead of confirm(): works without JS and keeps the deletion one deliberate step away. */}
            <details class="danger-zone">
              <summary class="btn btn-danger">{t.video.delete}</summary>
              <form method="post" action={`/videos/${video.id}/delete`}>
                <CsrfField token={ctx.csrfToken} />
                <p>{t.video.deleteConfirm}</p>
                <button class="btn btn-danger" type="submit">
                  {t.video.delete}
                </button>
              </form>
            </details>
          </section>
        )}
      </article>
    </Layout>
  )
}

const visibilityField = z.enum(VISIBILITIES)
const brandKitForm = z.object({ brandKitId: z.string().max(64), version: z.coerce.number().int().min(0) })

/** GET /videos/:id and the owner's forms: publish, delete, retry. */
export const videoRoutes = (deps: PageDeps) => {
  const notFound = (c: Context<AppEnv>, ctx: PageContext) =>
    sendPage(
      c,
      deps,
      ctx,
      <ErrorPage ctx={ctx} status={404} title={ctx.t.errors.notFound} />,
      { title: ctx.t.errors.notFound, lang: ctx.lang },
      404,
    )

  /**
   * Runs a form action on the signed-in owner's video, then goes back (303). Not theirs (or no such
   * video): 404. An action with nothing to do (a second click on retry) goes back all the same: the
   * page shows where the video stands.
   */
  const ownerAction =
    (action: (id: string, userId: string, form: Record<string, string>) => Promise<unknown>, after: (id: string) => string) =>
    async (c: Context<AppEnv>) => {
      const ctx = contextFor(c, deps)
      if (!ctx.session) return loginRedirect(c)
      const id = c.req.param('id')!
      if (!isVideoId(id) || !(await deps.videos.forOwner(id, ctx.session.user.id))) return notFound(c, ctx)
      await action(id, ctx.session.user.id, await readForm(c))
      return seeOther(c, after(id))
    }

  return new Hono<AppEnv>()
    .get('/videos/:id', async (c) => {
      const ctx = contextFor(c, deps)
      const id = c.req.param('id')
      const video = isVideoId(id) ? await deps.videos.viewable(id, ctx.session?.user.id ?? null) : null
      if (!video) return notFound(c, ctx)
      const progress = video.status === 'ready' ? null : await deps.videos.progress(video.id)
      const meta = videoMeta(ctx, video, new URL(c.req.url).origin)
      const brand = await deps.brandKits.appliedTo(video)
      const kits = ctx.session?.user.id === video.userId ? await deps.brandKits.list(video.userId) : []
      const notice = c.req.query('brand') === 'stale' ? ctx.t.brand.stale : undefined
      return sendPage(
        c,
        deps,
        ctx,
        <VideoPage ctx={ctx} video={video} progress={progress} brand={brand} kits={kits} notice={notice} query={c.req.query()} />,
        meta,
      )
    })
    .post('/videos/:id/brand-kit', async (c) => {
      const ctx = contextFor(c, deps)
      if (!ctx.session) return loginRedirect(c)
      const id = c.req.param('id')
      const form = await readForm(c)
      const parsed = brandKitForm.safeParse(form)
      if (!isVideoId(id) || !parsed.success) return notFound(c, ctx)
      const outcome = await deps.brandKits.setForVideo(id, ctx.session.user.id, parsed.data.brandKitId || null, parsed.data.version)
      if (!outcome.ok && outcome.reason !== 'stale') return notFound(c, ctx)
      return seeOther(c, outcome.ok ? `/videos/${id}` : `/videos/${id}?brand=stale`)
    })
    .post(
      '/videos/:id/visibility',
      ownerAction(
        (id, userId, form) => {
          const visibility = visibilityField.safeParse(form.visibility)
          if (!visibility.success) throw new HttpError(422, 'Invalid request', 'Visibility must be public or private.')
          return deps.videos.setVisibility(id, userId, visibility.data)
        },
        (id) => `/videos/${id}`,
      ),
    )
    .post(
      '/videos/:id/delete',
      ownerAction(
        (id, userId) => deps.videos.delete(id, userId),
        () => '/videos',
      ),
    )
    .post(
      '/videos/:id/retry',
      ownerAction(
        (id, userId) => deps.videos.retry(id, userId),
        (id) => `/videos/${id}`,
      ),
    )
    .post('/videos/:id/scenes/:position/narration', async (c) => {
      const position = c.req.param('position')
      if (!/^\d{1,2}$/.test(position)) return notFound(c, contextFor(c, deps))
      // A scene that fails again, or a video still being written, shows its state on the page it returns to.
      return ownerAction(
        (id, userId) => deps.videos.renarrateScene(id, userId, Number(position)),
        (id) => `/videos/${id}#scene-${Number(position) + 1}`,
      )(c)
    })
}
