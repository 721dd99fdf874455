import type { Video } from '../../db/model.ts'
import type { Messages } from '../../i18n/index.ts'
import { posterDimensions } from '../../posters/dimensions.ts'
import { posterUrl } from '../../posters/url.ts'

/** A video in a grid: cover poster (lazy), title, and for its owner the status. */
export function VideoCard({ video, t, showStatus }: { video: Video; t: Messages; showStatus?: boolean }) {
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
