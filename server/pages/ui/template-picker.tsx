import { TEMPLATES, isTemplateId } from '../../../shared/templates.ts'
import { Island } from '../../render/island.tsx'
import type { BrandKit } from '../../db/index.ts'
import type { PageContext } from '../context.ts'
import type { CreateFormValues } from '../create-form.ts'
import { Field, type FieldErrors } from './field.tsx'

/**
 * The templates (islands/TemplatePicker.tsx): links that work without script (`/?template=…`, the
 * page comes back filled in), and fill the form in place once hydrated. Names and beats as props.
 */
export function TemplatePicker({ ctx, values }: { ctx: PageContext; values: CreateFormValues }) {
  const { t } = ctx
  const chosen = isTemplateId(values.template) ? values.template : null
  const durationSec = Number(values.durationSec) || (chosen ? TEMPLATES[chosen].durationSec : 30)
  const { heading, hint, none, beatsLabel, names, beats } = t.templates
  return (
    <div class="field template-picker">
      <p id="template-heading" class="label">
        {heading}
      </p>
      <p class="hint">{hint}</p>
      <Island
        name="TemplatePicker"
        props={{ labelledBy: 'template-heading', none, beatsLabel, names, beats, initial: chosen, durationSec }}
        hydrate="load"
      />
    </div>
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
