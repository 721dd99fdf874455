import { describe, expect, test } from 'bun:test'
import { render } from 'preact-render-to-string'
import DurationPicker from '../../../../islands/DurationPicker.tsx'
import ScenePlanner from '../../../../islands/ScenePlanner.tsx'
import { DURATION_PRESETS_SEC } from '../../../../shared/durations.ts'
import { messagesFor } from '../../../i18n/index.ts'
import { pluralTemplates } from '../../../i18n/plural-templates.ts'
import { LANGUAGES, type Language } from '../../storyboard.ts'
import { writeStoryboard } from './write.ts'

/** One idea per language, with fewer parts than a long video has scenes and more than a short one. */
const IDEA: Record<Language, string> = {
  en: 'An ad for a solar kettle that boils a litre in 9 minutes using only sunlight, folds flat, costs 49 euros, for campers',
  es: 'Anuncio para una mochila impermeable de 30 litros, pesa 800 gramos, cuesta 59 euros, para ciclistas urbanos',
  fr: "Une pub pour une lampe de lecture rechargeable, 20 heures d'autonomie, 35 euros, pour les étudiants",
  de: 'Werbung für eine Thermoskanne aus Edelstahl, hält 12 Stunden warm, kostet 29 Euro, für Pendler',
  pt: 'Anúncio para uma garrafa térmica de 1 litro, mantém o café quente por 24 horas, custa 39 reais, para motoristas',
  it: 'Spot per uno zaino da trekking da 40 litri, pesa 1,2 kg, costa 89 euro, per escursionisti',
}
const CUSTOM_SEC = [5, 7, 13, 22, 47, 120, 361, 600]

/** The scene count the create form shows for a length, read from the two islands' own server render. */
const promised = (lang: Language, durationSec: number) => {
  const t = messagesFor(lang)
  const picker = render(
    <DurationPicker
      label={t.form.duration}
      shorter={t.form.shorter}
      longer={t.form.longer}
      scenesTemplates={pluralTemplates(lang, t.form.scenes)}
      lang={lang}
      presetsLabel={t.form.presets}
      customLabel={t.form.customDuration}
      shortsLabel={t.form.shorts}
      initialSec={durationSec}
    />,
  )
  const planner = render(<ScenePlanner beats={t.home.beats} summary={t.home.planSummary} sceneLabel={t.home.planScene} lang={lang} />)
  const pickerCount = Number(/<span class="muted">(\d+)/.exec(picker)?.[1])
  const plannerCount = Number(/<strong>(\d+)<\/strong>/.exec(planner)?.[1])
  expect(plannerCount).toBe(pickerCount)
  return pickerCount
}

describe('the scene count the create form promises is the count the built-in writer writes', () => {
  for (const lang of LANGUAGES) {
    test(`${lang}: presets ${DURATION_PRESETS_SEC.join(', ')} s and custom lengths`, () => {
      for (const durationSec of [...DURATION_PRESETS_SEC, ...CUSTOM_SEC]) {
        const shown = promised(lang, durationSec)
        expect(shown).toBeGreaterThan(0)
        for (const style of ['playful', 'documentary'] as const) {
          const storyboard = writeStoryboard({ prompt: IDEA[lang], style, durationSec, aspect: '16:9', language: lang })
          expect({ durationSec, style, scenes: storyboard.scenes.length }).toEqual({ durationSec, style, scenes: shown })
        }
      }
    })
  }
})
