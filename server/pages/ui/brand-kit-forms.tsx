import type { BrandKit, VideoWithScenes } from '../../db/index.ts'
import type { PageContext } from '../context.ts'
import type { CreateFormValues } from '../create-form.ts'
import { CsrfField, Field, type FieldErrors } from './field.tsx'

type KitChoice = readonly Pick<BrandKit, 'id' | 'name'>[]

/** The person's kits to choose from, `none` first (the empty value: no kit). */
function BrandKitSelect({ kits, selected, none }: { kits: KitChoice; selected: string | null | undefined; none: string }) {
  return (
    <select id="brandKitId" name="brandKitId">
      <option value="">{none}</option>
      {kits.map((kit) => (
        <option key={kit.id} value={kit.id} selected={kit.id === selected}>
          {kit.name}
        </option>
      ))}
    </select>
  )
}

/** The create form's choice of brand kit; nothing when the person has none. */
export function BrandKitChoice({
  ctx,
  kits,
  values,
  errors,
}: {
  ctx: PageContext
  kits: KitChoice
  values: CreateFormValues
  errors: FieldErrors
}) {
  if (kits.length === 0) return null
  return (
    <Field id="brandKitId" label={ctx.t.brand.atCreation} error={errors.brandKitId}>
      <BrandKitSelect kits={kits} selected={values.brandKitId} none={ctx.t.brand.noKit} />
    </Field>
  )
}

/**
 * The owner's choice of brand kit on the video page: a plain form (works without JS), sent with the
 * version the page showed, so a change made elsewhere meanwhile is refused and said, not overwritten.
 */
export function BrandKitForm({ ctx, video, kits }: { ctx: PageContext; video: VideoWithScenes; kits: KitChoice }) {
  const { t } = ctx
  if (kits.length === 0 && !video.brandKitId) {
    return (
      <p class="muted small">
        <a href="/account#brand-kits">{t.brand.createFirst}</a>
      </p>
    )
  }
  return (
    <form method="post" action={`/videos/${video.id}/brand-kit`} class="inline-form">
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="version" value={String(video.version)} />
      <label for="brandKitId">{t.brand.kit}</label> <BrandKitSelect kits={kits} selected={video.brandKitId} none={t.brand.none} />{' '}
      <button class="btn" type="submit">
        {t.brand.apply}
      </button>
    </form>
  )
}
