import type { Language } from '../storyboard.ts'

/**
 * The few words a storyboard made from a person's text adds around it, per language: the
 * attribution of an article and the lead of a scene's visual description. Everything else in such
 * a storyboard is the person's own words.
 */
export interface TextPhrases {
  /** "From: The harbour reopens" */
  from: (source: string) => string
  /** A scene's visual description from its key terms, e.g. "Images of harbour, boats and dawn". */
  visual: (terms: string) => string
  /** When a scene has no term worth showing. */
  visualFallback: string
}

export const TEXT_PHRASES: Readonly<Record<Language, TextPhrases>> = {
  en: { from: (source) => `From: ${source}`, visual: (terms) => `Images of ${terms}`, visualFallback: 'Images that follow the narration' },
  es: {
    from: (source) => `Fuente: ${source}`,
    visual: (terms) => `Imágenes de ${terms}`,
    visualFallback: 'Imágenes que acompañan la narración',
  },
  fr: {
    from: (source) => `Source\u00a0: ${source}`,
    visual: (terms) => `Images\u00a0: ${terms}`,
    visualFallback: 'Des images qui suivent la narration',
  },
  de: { from: (source) => `Quelle: ${source}`, visual: (terms) => `Bilder: ${terms}`, visualFallback: 'Bilder, die der Erzählung folgen' },
  pt: {
    from: (source) => `Fonte: ${source}`,
    visual: (terms) => `Imagens de ${terms}`,
    visualFallback: 'Imagens que acompanham a narração',
  },
  it: {
    from: (source) => `Fonte: ${source}`,
    visual: (terms) => `Immagini di ${terms}`,
    visualFallback: 'Immagini che seguono la narrazione',
  },
}
