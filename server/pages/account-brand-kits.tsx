import type { z } from 'zod'
import { BRAND_LIMITS } from '../../shared/brand.ts'
import { CAPTION_FONT_NAMES, CAPTION_POSITIONS, CAPTION_PRESET_NAMES, resolveCaptionStyle } from '../../shared/caption-style.ts'
import type { BrandKit } from '../db/index.ts'
import { brandKitInputSchema, logoUrl, type BrandKitInput } from '../services/brand-kits.ts'
import type { Messages } from '../i18n/index.ts'
import type { PageContext } from './context.ts'
import { CsrfField, describedBy, Field, type FieldErrors } from './ui/field.tsx'
import { describeIssue } from './ui/form-errors.ts'

/**
 * The account page's brand kits: one plain form per kit and one for a new kit (no script: they post
 * and come back, 303), each field named as the form sends it. The same schema as the API validates.
 */

export type KitFormValues = Record<string, string>

/** Where an issue of the kit's schema shows on the form. */
const FIELD_OF: Record<string, string> = {
  'caption.preset': 'captionPreset',
  'caption.font': 'captionFont',
  'caption.colour': 'captionColour',
  'caption.scale': 'captionScale',
  'caption.position': 'captionPosition',
}

/** The form's strings as the kit they stand for: colours comma- or space-separated, checkboxes "on" or absent. */
export const parseKitForm = (form: KitFormValues, t: Messages): { ok: true; input: BrandKitInput } | { ok: false; errors: FieldErrors } => {
  const parsed = brandKitInputSchema.safeParse({
    name: form.name ?? '',
    palette: (form.palette ?? '').split(/[\s,]+/u).filter(Boolean),
    paletteLock: form.paletteLock === 'on',
    caption: {
      preset: form.captionPreset,
      ...(form.captionFont ? { font: form.captionFont } : {}),
      ...(form.captionColour ? { colour: form.captionColour } : {}),
      ...(form.captionScale ? { scale: Number(form.captionScale) } : {}),
      ...(form.captionPosition ? { position: form.captionPosition } : {}),
      outline: form.captionOutline === 'on',
      box: form.captionBox === 'on',
    },
    introText: form.introText ?? '',
    outroText: form.outroText ?? '',
  })
  if (parsed.success) return { ok: true, input: parsed.data }
  const errors: FieldErrors = {}
  for (const issue of (parsed.error as z.ZodError).issues) {
    const path = issue.path.map(String)
    const field = FIELD_OF[path.slice(0, 2).join('.')] ?? path[0] ?? 'form'
    errors[field] ??= describeIssue(issue, t.validation)
  }
  return { ok: false, errors }
}

/** A stored kit as its form's values. */
const valuesOf = (kit: BrandKit): KitFormValues => {
  const style = resolveCaptionStyle(kit.captionPreset, kit.captionOverrides)
  return {
    name: kit.name,
    palette: kit.palette.join(', '),
    ...(kit.paletteLock ? { paletteLock: 'on' } : {}),
    captionPreset: kit.captionPreset,
    captionFont: kit.captionOverrides.font ?? 'system',
    captionColour: kit.captionOverrides.colour ?? style.fill,
    captionScale: String(kit.captionOverrides.scale ?? 1),
    captionPosition: style.position,
    ...(style.outline ? { captionOutline: 'on' } : {}),
    ...(style.box ? { captionBox: 'on' } : {}),
    introText: kit.introText,
    outroText: kit.outroText,
  }
}

const NEW_KIT: KitFormValues = { palette: '#1d2433, #f4d35e, #e07a3f', captionPreset: 'bold-box', captionBox: 'on', captionScale: '1' }
const SCALES = ['0.8', '1', '1.2', '1.4'] as const

function KitFields({ ctx, prefix, values, errors }: { ctx: PageContext; prefix: string; values: KitFormValues; errors: FieldErrors }) {
  const { t } = ctx
  const id = (name: string) => `${prefix}-${name}`
  const b = t.brand
  return (
    <>
      <Field id={id('name')} label={b.name} error={errors.name}>
        <input id={id('name')} name="name" required maxLength={BRAND_LIMITS.name} value={values.name ?? ''} />
      </Field>
      <Field id={id('palette')} label={b.palette} hint={b.paletteHint} error={errors.palette}>
        <input
          id={id('palette')}
          name="palette"
          value={values.palette ?? ''}
          pattern="^\s*#[0-9a-fA-F]{6}([\s,]+#[0-9a-fA-F]{6}){1,5}\s*$"
          aria-describedby={describedBy(id('palette'), b.paletteHint, errors.palette)}
        />
      </Field>
      <label class="check">
        <input type="checkbox" name="paletteLock" checked={values.paletteLock === 'on'} /> {b.paletteLock}
      </label>
      <fieldset class="field">
        <legend>{b.caption}</legend>
        <div class="form-row">
          <Field id={id('captionPreset')} label={b.captionPreset} error={errors.captionPreset}>
            <select id={id('captionPreset')} name="captionPreset">
              {CAPTION_PRESET_NAMES.map((name) => (
                <option key={name} value={name} selected={name === values.captionPreset}>
                  {t.player.captionStyles[name]}
                </option>
              ))}
            </select>
          </Field>
          <Field id={id('captionFont')} label={b.captionFont} error={errors.captionFont}>
            <select id={id('captionFont')} name="captionFont">
              {CAPTION_FONT_NAMES.map((name) => (
                <option key={name} value={name} selected={name === (values.captionFont ?? 'system')}>
                  {b.fonts[name]}
                </option>
              ))}
            </select>
          </Field>
          <Field id={id('captionColour')} label={b.captionColour} error={errors.captionColour}>
            <input id={id('captionColour')} name="captionColour" type="color" value={values.captionColour ?? '#ffffff'} />
          </Field>
          <Field id={id('captionScale')} label={b.captionScale} error={errors.captionScale}>
            <select id={id('captionScale')} name="captionScale">
              {SCALES.map((scale) => (
                <option key={scale} value={scale} selected={scale === (values.captionScale ?? '1')}>
                  {`${Math.round(Number(scale) * 100)} %`}
                </option>
              ))}
            </select>
          </Field>
          <Field id={id('captionPosition')} label={b.position} error={errors.captionPosition}>
            <select id={id('captionPosition')} name="captionPosition">
              {CAPTION_POSITIONS.map((position) => (
                <option key={position} value={position} selected={position === (values.captionPosition ?? 'bottom')}>
                  {b.positions[position]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <label class="check">
          <input type="checkbox" name="captionOutline" checked={values.captionOutline === 'on'} /> {b.outline}
        </label>{' '}
        <label class="check">
          <input type="checkbox" name="captionBox" checked={values.captionBox === 'on'} /> {b.box}
        </label>
      </fieldset>
      <div class="form-row">
        <Field id={id('introText')} label={b.introText} hint={b.cardHint} error={errors.introText}>
          <input
            id={id('introText')}
            name="introText"
            maxLength={BRAND_LIMITS.cardText}
            value={values.introText ?? ''}
            aria-describedby={describedBy(id('introText'), b.cardHint, errors.introText)}
          />
        </Field>
        <Field id={id('outroText')} label={b.outroText} error={errors.outroText}>
          <input id={id('outroText')} name="outroText" maxLength={BRAND_LIMITS.cardText} value={values.outroText ?? ''} />
        </Field>
      </div>
    </>
  )
}

/** What the section shows after a failed post: the form that was sent (`kitId` or 'new'), its values and errors. */
export type KitFormState = { kitId: string; values: KitFormValues; errors: FieldErrors }

export function BrandKitsSection({
  ctx,
  kits,
  failed,
  uploads,
}: {
  ctx: PageContext
  kits: readonly BrandKit[]
  failed?: KitFormState | undefined
  /** Whether logos can be uploaded here. */
  uploads: boolean
}) {
  const { t } = ctx
  const b = t.brand
  const stateOf = (kitId: string, fallback: KitFormValues) =>
    failed?.kitId === kitId ? { values: failed.values, errors: failed.errors } : { values: fallback, errors: {} }
  const fresh = stateOf('new', NEW_KIT)
  return (
    <section id="brand-kits" class="brand-kits" aria-labelledby="brand-kits-heading">
      <h2 id="brand-kits-heading">{b.heading}</h2>
      <p class="muted">{b.lead}</p>
      {kits.length === 0 && <p class="empty">{b.empty}</p>}
      {kits.map((kit) => {
        const state = stateOf(kit.id, valuesOf(kit))
        return (
          <article key={kit.id} class="card brand-kit" aria-labelledby={`kit-${kit.id}-title`}>
            <h3 id={`kit-${kit.id}-title`} class="card-title">
              {kit.name}{' '}
              <span class="swatches" aria-hidden="true">
                {kit.palette.map((colour) => (
                  <span key={colour} class="swatch" style={{ background: colour }} />
                ))}
              </span>
            </h3>
            <form method="post" action={`/account/brand-kits/${kit.id}`}>
              <CsrfField token={ctx.csrfToken} />
              <KitFields ctx={ctx} prefix={`kit-${kit.id}`} values={state.values} errors={state.errors} />
              <button class="btn btn-primary" type="submit">
                {b.save}
              </button>
            </form>
            <div class="brand-logo">
              <p class="label">{b.logo}</p>
              {kit.logoUploadId && <img src={logoUrl(kit) ?? ''} alt={b.logo} height={48} class="brand-logo-preview" />}
              {uploads ? (
                <form method="post" action={`/account/brand-kits/${kit.id}/logo`} encType="multipart/form-data">
                  <CsrfField token={ctx.csrfToken} />
                  <input
                    id={`kit-${kit.id}-logo`}
                    name="logo"
                    type="file"
                    accept="image/png,image/jpeg,image/webp"
                    aria-label={b.logo}
                    aria-describedby={`kit-${kit.id}-logo-hint`}
                    required
                  />
                  <p class="hint" id={`kit-${kit.id}-logo-hint`}>
                    {b.logoHint}
                  </p>
                  <button class="btn" type="submit">
                    {b.uploadLogo}
                  </button>
                </form>
              ) : (
                <p class="hint">{b.noUploads}</p>
              )}
              {kit.logoUploadId && (
                <form method="post" action={`/account/brand-kits/${kit.id}/logo/delete`}>
                  <CsrfField token={ctx.csrfToken} />
                  <button class="btn" type="submit">
                    {b.removeLogo}
                  </button>
                </form>
              )}
            </div>
            <details class="danger-zone">
              <summary class="btn btn-danger">{b.delete}</summary>
              <form method="post" action={`/account/brand-kits/${kit.id}/delete`}>
                <CsrfField token={ctx.csrfToken} />
                <button class="btn btn-danger" type="submit">
                  {b.delete}
                </button>
              </form>
            </details>
          </article>
        )
      })}
      {kits.length < BRAND_LIMITS.kitsPerUser ? (
        <details class="card" open={kits.length === 0 || failed?.kitId === 'new'}>
          <summary class="card-title">{b.newKit}</summary>
          <form method="post" action="/account/brand-kits">
            <CsrfField token={ctx.csrfToken} />
            <KitFields ctx={ctx} prefix="kit-new" values={fresh.values} errors={fresh.errors} />
            <button class="btn btn-primary" type="submit">
              {b.create}
            </button>
          </form>
        </details>
      ) : (
        <p class="muted">{b.limitText}</p>
      )}
    </section>
  )
}
