import type { CorpusIdea } from './ideas.ts'

/**
 * Ideas the writer was NOT written against (added after it, by someone else): a check of how it
 * does on words it has not seen. Scored by `scripts/measure-writer.ts --held-out`, reported in
 * docs/measurements.md; deliberately not a test, so the writer is never tuned to pass it.
 */
export const HELD_OUT: readonly CorpusIdea[] = [
  {
    language: 'en',
    kind: 'ad',
    prompt: 'An ad for our oat milk latte, only 3.50 dollars, for students before exams',
    details: ['oat milk latte', '3.50 dollars', 'students'],
  },
  {
    language: 'en',
    kind: 'howto',
    prompt: 'How to repot a cactus: wear gloves, loosen the soil, lift it out with newspaper',
    details: ['repot a cactus', 'wear gloves', 'loosen the soil', 'newspaper'],
  },
  {
    language: 'en',
    kind: 'event',
    prompt: 'Announce the village jazz night on Friday 14 March at the old mill',
    details: ['jazz night', 'Friday 14 March', 'old mill'],
  },
  {
    language: 'en',
    kind: 'list',
    prompt: 'Top 3 hikes near Lake Bled: Vintgar Gorge, Ojstrica, Velika Osojnica',
    details: ['Lake Bled', 'Vintgar Gorge', 'Ojstrica', 'Velika Osojnica'],
  },
  {
    language: 'fr',
    kind: 'howto',
    prompt: 'Comment faire une pâte à crêpes : mélanger la farine et les œufs, ajouter le lait, laisser reposer une heure',
    details: ['pâte à crêpes', 'la farine', 'le lait', 'une heure'],
  },
  {
    language: 'fr',
    kind: 'ad',
    prompt: 'Une publicité pour notre vélo pliant à 399 euros, pour les citadins pressés',
    details: ['vélo pliant', '399 euros', 'citadins'],
  },
  { language: 'de', kind: 'explainer', prompt: 'Erkläre, warum Brot schimmelt', details: ['Brot'] },
  {
    language: 'de',
    kind: 'event',
    prompt: 'Kündige das Sommerfest am 21. Juni im Stadtpark an',
    details: ['Sommerfest', '21. Juni', 'Stadtpark'],
  },
  {
    language: 'es',
    kind: 'story',
    prompt: 'Una niña encuentra un mapa antiguo en la biblioteca de su abuelo',
    details: ['mapa antiguo', 'biblioteca'],
  },
  {
    language: 'es',
    kind: 'ad',
    prompt: 'Anuncio de nuestra mochila impermeable de 45 euros para ciclistas',
    details: ['mochila impermeable', '45 euros', 'ciclistas'],
  },
  {
    language: 'pt',
    kind: 'howto',
    prompt: 'Como plantar manjericão na varanda: escolher um vaso, regar pouco, dar sol',
    details: ['manjericão', 'varanda', 'regar pouco'],
  },
  {
    language: 'pt',
    kind: 'testimonial',
    prompt: 'Depoimento de uma cliente sobre a nossa padaria em Braga',
    details: ['padaria', 'Braga'],
  },
  {
    language: 'it',
    kind: 'list',
    prompt: 'Le 3 piazze più belle di Roma: Piazza Navona, Campo de’ Fiori, Piazza del Popolo',
    details: ['Piazza Navona', 'Campo de’ Fiori', 'Piazza del Popolo'],
  },
  { language: 'it', kind: 'portrait', prompt: 'Ritratto di un liutaio di Cremona', details: ['liutaio', 'Cremona'] },
]
