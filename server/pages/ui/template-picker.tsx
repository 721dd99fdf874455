import { TEMPLATES, isTemplateId } from '../../../shared/templates.ts'
import { Island } from '../../render/island.tsx'
import type { PageContext } from '../context.ts'
import type { CreateFormValues } from '../create-form.ts'

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
