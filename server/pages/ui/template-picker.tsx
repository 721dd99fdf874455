import { sceneBeats, TEMPLATE_IDS, TEMPLATES, isTemplateId } from '../../../shared/templates.ts'
import type { BrandKit } from '../../db/index.ts'
import type { PageContext } from '../context.ts'
import type { CreateFormValues } from '../create-form.ts'
import { Field, type FieldErrors } from './field.tsx'

/**
 * The templates as links (`/?template=…`: the page comes back with the template's style, length and
 * format filled in, no script needed), the chosen one carried by the form as a hidden field, with the
 * beat of each of its scenes for the length now in the form.
 */
export function TemplatePicker({ ctx, values }: { ctx: PageContext; values: CreateFormValues }) {
  const { t } = ctx
  const chosen = isTemplateId(values.template) ? values.template : null
  const durationSec = Number(values.durationSec) || (chosen ? TEMPLATES[chosen].durationSec : 30)
  return (
    <nav class="field template-picker" aria-labelledby="template-heading">
      <p id="template-heading" class="label">
        {t.templates.heading}
      </p>
      <p class="hint">{t.templates.hint}</p>
      <ul class="chips">
        <li>
          <a href="/" aria-current={chosen === null ? 'true' : undefined}>
            {t.templates.none}
          </a>
        </li>
        {TEMPLATE_IDS.map((id) => (
          <li key={id}>
            <a href={`/?template=${id}`} aria-current={id === chosen ? 'true' : undefined}>
              {t.templates.names[id]}
            </a>
          </li>
        ))}
      </ul>
      {chosen && (
        <>
          <input type="hidden" name="template" value={chosen} />
          <p class="muted small template-beats">
            {t.templates.beatsLabel}:{' '}
            {sceneBeats(chosen, durationSec)
              .map((beat) => t.templates.beats[beat])
              .join(' · ')}
          </p>
        </>
      )}
    </nav>
  )
}

/** The signed-in person's brand kits to wear from the start; nothing when they have none. */
export function BrandKitChoice({
  ctx,
  kits,
  values,
  errors,
}: {
  ctx: PageContext
  kits: readonly Pick<BrandKit, 'id' | 'name'>[]
  values: CreateFormValues
  errors: FieldErrors
}) {
  if (kits.length === 0) return null
  const { t } = ctx
  return (
    <Field id="brandKitId" label={t.brand.atCreation} error={errors.brandKitId}>
      <select id="brandKitId" name="brandKitId">
        <option value="">{t.brand.noKit}</option>
        {kits.map((kit) => (
          <option key={kit.id} value={kit.id} selected={kit.id === values.brandKitId}>
            {kit.name}
          </option>
        ))}
      </select>
    </Field>
  )
}
