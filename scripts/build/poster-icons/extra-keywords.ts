import type { Language } from '../../../shared/languages.ts'

/**
 * Words the emoji keywords lack, per language, each with the illustrations (Iconify names) that show
 * it best: things no emoji draws but a near one does (a kettle is a teapot, a steamer basket holds
 * dumplings), shops named after what they sell, and spellings CLDR does not list (British "tyre").
 * Kept short: everything else comes from emojibase's labels and tags.
 */
export const EXTRA_KEYWORDS: Readonly<Record<Language, Readonly<Record<string, readonly string[]>>>> = {
  en: {
    kettle: ['teapot'],
    steamer: ['dumpling'],
    'dim sum': ['dumpling'],
    bakery: ['bread', 'croissant', 'baguette-bread'],
    baker: ['bread', 'croissant'],
    solar: ['sun'],
    tyre: ['wheel'],
    cheesemonger: ['cheese-wedge'],
    florist: ['bouquet'],
    cafe: ['hot-beverage'],
  },
  es: {
    hervidor: ['teapot'],
    vaporera: ['dumpling'],
    panaderia: ['bread', 'croissant', 'baguette-bread'],
    panadero: ['bread', 'croissant'],
    solar: ['sun'],
    queseria: ['cheese-wedge'],
    floristeria: ['bouquet'],
    cafeteria: ['hot-beverage'],
  },
  fr: {
    bouilloire: ['teapot'],
    'panier vapeur': ['dumpling'],
    'cuiseur vapeur': ['dumpling'],
    boulangerie: ['bread', 'croissant', 'baguette-bread'],
    boulanger: ['bread', 'croissant'],
    solaire: ['sun'],
    fromagerie: ['cheese-wedge'],
    fleuriste: ['bouquet'],
  },
  de: {
    wasserkocher: ['teapot'],
    dampfgarer: ['dumpling'],
    dampfkorb: ['dumpling'],
    backerei: ['bread', 'pretzel', 'croissant'],
    backer: ['bread', 'pretzel'],
    solar: ['sun'],
    kasserei: ['cheese-wedge'],
    blumenladen: ['bouquet'],
  },
  pt: {
    vaporeira: ['dumpling'],
    'cesto vapor': ['dumpling'],
    padaria: ['bread', 'croissant', 'baguette-bread'],
    padeiro: ['bread', 'croissant'],
    solar: ['sun'],
    queijaria: ['cheese-wedge'],
    floricultura: ['bouquet'],
  },
  it: {
    bollitore: ['teapot'],
    vaporiera: ['dumpling'],
    'cestello vapore': ['dumpling'],
    panetteria: ['bread', 'croissant', 'baguette-bread'],
    panificio: ['bread', 'croissant'],
    fornaio: ['bread', 'croissant'],
    solare: ['sun'],
    formaggeria: ['cheese-wedge'],
    fioraio: ['bouquet'],
  },
}
