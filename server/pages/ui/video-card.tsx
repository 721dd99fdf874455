import type { Video } from '../../db/model.ts'
import type { Messages } from '../../i18n/index.ts'
import { posterDimensions } from '../../posters/dimensions.ts'
import { posterUrl } from '../../posters/url.ts'
import { pure } from '../../render/fragment.tsx'

type VideoCardProps = { video: Video; t: Messages; showStatus?: boolean }

/** A video in a grid: cover poster (lazy), title, and for its owner the status. */
function VideoCardView({ video, t, showStatus }: VideoCardProps) {
  const { width, height } = posterDimensions(video.aspect)
  const title = video.title ?? video.prompt
  return (
    <li class="video-card card">
      <a href={`/videos/${video.id}`} class="video-card-link">
        <div class={`cover cover-${video.aspect.replace(':', 'x')}`}>
          {video.coverPosterHash ? (
            <img src={posterUrl(video.id, 0, video.coverPosterHash)} alt="" width={width} height={height} loading="lazy" decoding="async" />
          ) : (
            <div class="cover-empty" aria-hidden="true" />
          )}
        </div>
        <h3 class="video-card-title">{title}</h3>
      </a>
      <p class="video-card-meta muted">
        {t.styles[video.style]} · {video.durationSec} s · {video.aspect}
        {showStatus && (
          <>
            {' '}
            <StatusBadge status={video.status} t={t} /> <span class="badge">{t.status[video.visibility]}</span>
          </>
        )}
      </p>
    </li>
  )
}

/** Each language's catalog is one object: its number stands for it in a card's key. */
const catalogIds = new WeakMap<Messages, number>()
let catalogsSeen = 0
const catalogId = (t: Messages) => {
  let id = catalogIds.get(t)
  if (id === undefined) catalogIds.set(t, (id = ++catalogsSeen))
  return id
}

/** Everything the card shows, so a change to any of it is a new key (docs/architecture.md, fragments). */
export const videoCardKey = ({ video, t, showStatus }: VideoCardProps) =>
  JSON.stringify([
    video.id,
    video.aspect,
    video.title ?? video.prompt,
    video.coverPosterHash,
    video.style,
    video.durationSec,
    video.status,
    video.visibility,
    catalogId(t),
    showStatus === true,
  ])

/** Rendered once per key and replayed (server/render/fragment.tsx): grids repeat the same cards for every visitor. */
export const VideoCard = pure(VideoCardView, videoCardKey)

export function StatusBadge({ status, t }: { status: Video['status']; t: Messages }) {
  return <span class={`badge badge-${status}`}>{t.status[status]}</span>
}

/** Previous / next links with the position, for paginated lists. */
export function Pagination({ page, pages, base, t }: { page: number; pages: number; base: string; t: Messages }) {
  if (pages <= 1) return null
  return (
    <nav class="pagination" aria-label={t.gallery.page(page, pages)}>
      {page > 1 ? (
        <a class="btn" href={`${base}?page=${page - 1}`} rel="prev">
          {t.gallery.previous}
        </a>
      ) : (
        <span />
      )}
      <span class="muted">{t.gallery.page(page, pages)}</span>
      {page < pages ? (
        <a class="btn" href={`${base}?page=${page + 1}`} rel="next">
          {t.gallery.next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
