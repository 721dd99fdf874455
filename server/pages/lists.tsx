import { Hono } from 'hono'
import type { Page, Video } from '../db/model.ts'
import type { AppEnv } from '../http/env.ts'
import { contextFor, loginRedirect, sendPage, type PageDeps } from './deps.ts'
import type { PageContext } from './context.ts'
import { Layout } from './layout.tsx'
import { Pagination, VideoCard } from './ui/video-card.tsx'

type ListProps = { ctx: PageContext; result: Page<Video>; page: number; pageSize: number }

const pagesOf = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize))

/** Public videos, newest first. */
export function GalleryPage({ ctx, result, page, pageSize }: ListProps) {
  const { t } = ctx
  return (
    <Layout ctx={ctx}>
      <h1>{t.gallery.title}</h1>
      <p class="lead">{t.gallery.lead}</p>
      {result.items.length ? (
        <ul class="video-grid">
          {result.items.map((video) => (
            <VideoCard key={video.id} video={video} t={t} />
          ))}
        </ul>
      ) : (
        <p class="empty">{t.gallery.empty}</p>
      )}
      <Pagination page={page} pages={pagesOf(result.total, pageSize)} base="/gallery" t={t} />
    </Layout>
  )
}

/** The signed-in person's videos, with their status and visibility. */
export function MyVideosPage({ ctx, result, page, pageSize }: ListProps) {
  const { t } = ctx
  return (
    <Layout ctx={ctx}>
      <h1>{t.myVideos.title}</h1>
      {result.items.length ? (
        <ul class="video-grid">
          {result.items.map((video) => (
            <VideoCard key={video.id} video={video} t={t} showStatus />
          ))}
        </ul>
      ) : (
        <div class="empty card">
          <p>{t.myVideos.empty}</p>
          <a class="btn btn-primary" href="/">
            {t.myVideos.createFirst}
          </a>
        </div>
      )}
      <Pagination page={page} pages={pagesOf(result.total, pageSize)} base="/videos" t={t} />
    </Layout>
  )
}

const GALLERY_PAGE_SIZE = 12
const MY_PAGE_SIZE = 24
/** The page a `?page=` asks for, as the lists read it (the gallery's page cache keys on it too). */
export const pageNumber = (raw: string | undefined) => Math.min(10_000, Math.max(1, Number.parseInt(raw ?? '1', 10) || 1))

/** GET /gallery and GET /videos. */
export const listRoutes = (deps: PageDeps) =>
  new Hono<AppEnv>()
    .get('/gallery', async (c) => {
      const ctx = contextFor(c, deps)
      const page = pageNumber(c.req.query('page'))
      const result = await deps.videos.listPublic({ page, pageSize: GALLERY_PAGE_SIZE })
      return sendPage(c, deps, ctx, <GalleryPage ctx={ctx} result={result} page={page} pageSize={GALLERY_PAGE_SIZE} />, {
        title: `${ctx.t.gallery.title} · Reelsmith`,
        description: ctx.t.gallery.lead,
        lang: ctx.lang,
      })
    })
    .get('/videos', async (c) => {
      const ctx = contextFor(c, deps)
      if (!ctx.session) return loginRedirect(c)
      const page = pageNumber(c.req.query('page'))
      const result = await deps.videos.listByUser(ctx.session.user.id, { page, pageSize: MY_PAGE_SIZE })
      return sendPage(c, deps, ctx, <MyVideosPage ctx={ctx} result={result} page={page} pageSize={MY_PAGE_SIZE} />, {
        title: `${ctx.t.myVideos.title} · Reelsmith`,
        lang: ctx.lang,
      })
    })
