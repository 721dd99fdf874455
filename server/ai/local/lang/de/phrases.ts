import { withDetail } from './words.ts'
import { cap, joinList } from '../helpers.ts'
import type { Kind, StoryboardPhrases } from '../types.ts'
import { arcs, detail, universal } from './arcs.ts'

const list = (items: string[]): string => joinList(items, 'und')

export const phrases: StoryboardPhrases = {
  arcs,
  universal,
  detail,
  flourishes: {
    warm: ['Genau so, wie es sein soll.', 'Das ist das Schöne daran.'],
    funny: ['Ja, wirklich.', 'Spoiler: Es funktioniert.'],
    bold: ['Keine halben Sachen.', 'Jetzt ist der Moment.'],
    calm: ['Ganz ohne Eile.', 'Durchatmen.'],
    mysterious: ['Oder scheint es nur so?', 'Schau noch einmal hin.'],
    inspiring: ['Und das ändert alles.', 'Hier fängt es an.'],
    elegant: ['Leise außergewöhnlich.', 'Nicht mehr, nicht weniger.'],
    nostalgic: ['Wie in alten Zeiten.', 'Manches kommt nie aus der Mode.'],
    professional: ['Zuverlässig, jedes Mal.', 'Klar und einfach.'],
  },
  toneNouns: {
    warm: 'Wärme',
    funny: 'Humor',
    bold: 'Energie',
    calm: 'Ruhe',
    mysterious: 'Geheimnis',
    inspiring: 'Zuversicht',
    elegant: 'Eleganz',
    nostalgic: 'Nostalgie',
    professional: 'Klarheit',
  },
  shotLead: {
    wide: 'Totale:',
    medium: 'Halbnahe:',
    'close-up': 'Nahaufnahme:',
    'extreme close-up': 'Detailaufnahme:',
    overhead: 'Vogelperspektive:',
    tracking: 'Kamerafahrt:',
    pov: 'Subjektive Kamera:',
    establishing: 'Establishing Shot:',
  },
  look: {
    cinematic: 'Licht der goldenen Stunde, geringe Schärfentiefe, ein sanfter anamorphotischer Flare.',
    documentary: 'Natürliches Licht, Handkamera, ehrliche Texturen.',
    playful: 'Kräftige, satte Farben, verspielte Bildausschnitte, viel Bewegung.',
    minimal: 'Klarer Weißraum, weiches, gleichmäßiges Licht, ein einziger Blickfang.',
    retro: 'Warmes Filmkorn und verblasste Töne der Siebzigerjahre.',
    noir: 'Harte Schatten, hoher Kontrast, regennasse Lichtreflexe.',
    corporate: 'Klares Tageslicht, saubere Linien, ruhige, ausgewogene Komposition.',
    dreamy: 'Weicher Dunst, pastelliges Leuchten, langsam schwebende Schärfe.',
  },
  taglines: {
    warm: 'Mit Liebe gemacht',
    funny: 'Ernsthaft gut (meistens)',
    bold: 'Weiter gehen',
    calm: 'Ganz entspannt',
    mysterious: 'Genauer hinsehen',
    inspiring: 'Fang etwas an',
    elegant: 'Einfach edel',
    nostalgic: 'Wie in alten Zeiten',
    professional: 'Gut gemacht',
  },
  title: (c) => {
    if (c.kind === 'promo') return `${c.s.label}: ${phrases.taglines[c.mood]}`
    if (c.kind === 'story') return c.detail ? cap(`${c.s.the}${withDetail(c.detail)}`) : `${c.s.label}: eine kurze Geschichte`
    return `${c.s.label} aus der Nähe`
  },
  logline: (c) => {
    const detail = withDetail(c.detail)
    const tones = list(c.tones)
    const byKind: Record<Kind, string> = {
      promo: `Ein ${c.durationSec}-Sekunden-Werbespot ${c.s.for}${detail} – mit ${tones}: von einem bekannten Bedürfnis zu einem klaren Grund zu handeln.`,
      story: `Eine ${c.durationSec}-Sekunden-Kurzgeschichte über ${c.s.obj}${detail} – erzählt mit ${tones}: ein Anfang, eine Wende und ein Ende, das bleibt.`,
      portrait: `Ein ${c.durationSec}-Sekunden-Porträt ${c.s.of}${detail} – mit ${tones}: ein genauer Blick darauf, was es besonders macht.`,
    }
    return byKind[c.kind]
  },
  linkCall: (link) => `Mehr auf ${link}`,
  sceneHeading: (number, from, to) => `Szene ${number} · ${from}–${to}`,
  list,
  fallbackSubject: 'diese Idee',
}
