import { cap } from '../helpers.ts'
import type { ArcPhrases, Entry, Kind } from '../types.ts'

/**
 * Deutsche Szenen für jeden Abschnitt jeder Videoart. `c.s` ist das Thema, `c.detail` das Detail aus dem
 * Prompt. Das Thema steht nur im Nominativ (`the`, `a`), Akkusativ (`obj`) oder mit Präposition (`of`,
 * `to`, `in`, `for`), damit Artikel und Fall immer stimmen.
 */

const promo: ArcPhrases = {
  hook: [
    {
      say: (c) => `Heute geht es um ${c.s.obj}. Bleib dran, es lohnt sich.`,
      show: (c) => `Heute: ${c.s.label}`,
      see: (c) => `ein neugieriger Blick auf ${c.s.obj}`,
    },
    {
      say: (c) => `Manche Orte machen einfach alles richtig. Einer davon: ${c.s.the}.`,
      show: 'Manche machen es einfach richtig',
      see: (c) => `der Eingang ${c.s.of} im ersten Morgenlicht`,
    },
    {
      say: (c) => `Kurz mal nicht weiterscrollen. Hier geht es um ${c.s.obj}.`,
      show: 'Kurz anhalten.',
      see: (c) => `ein Daumen stoppt mitten im Scrollen, dann füllt ${c.s.the} das Bild`,
    },
    {
      say: 'Kennst du das Gefühl, wenn einfach alles funktioniert? Wir zeigen es dir.',
      show: 'Es funktioniert einfach',
      see: (c) => `ein kurzer, zufriedener Moment ${c.s.in}`,
    },
  ],
  context: [
    {
      say: 'Kennen wir alle: Es muss erledigt werden, richtig und am besten heute.',
      show: 'Richtig. Und heute.',
      see: 'ein voller Tag, eine tickende Uhr an der Wand',
    },
    {
      say: 'Das Leben ist schon stressig genug. Kompromisse brauchst du nicht auch noch.',
      show: 'Keine Kompromisse',
      see: 'Menschen hasten vorbei, ein wenig überfordert',
    },
    {
      say: 'Du willst jemanden, der erst zuhört und es dann gleich richtig macht.',
      show: 'Erst zuhören',
      see: 'ein freundliches Gespräch an der Theke',
    },
    {
      say: 'Auswahl gibt es genug. Du willst die, die sich richtig anfühlt.',
      show: 'Die richtige Wahl',
      see: 'mehrere Möglichkeiten nebeneinander, eine sticht heraus',
    },
    {
      say: (c) => `Und genau dafür gibt es ${c.s.obj}.`,
      show: 'Genau dafür',
      see: (c) => `das Schild ${c.s.of} im Licht`,
    },
  ],
  development: [
    {
      say: (c) => `${cap(c.s.in)} fängt alles mit echten Menschen an, denen jedes Detail wichtig ist.`,
      show: 'Echte Menschen. Echte Sorgfalt.',
      see: 'Hände bei der Arbeit, konzentriert und ohne Eile',
    },
    {
      say: 'Jedes Detail zählt: die, die man sieht, und die, die man nicht sieht.',
      show: 'Jedes Detail zählt',
      see: 'kleine Details, gestochen scharf',
    },
    {
      say: 'Keine Abkürzungen, keine Überraschungen, nur ehrliche Arbeit, die man sieht.',
      show: 'Keine Abkürzungen. Keine Überraschungen.',
      see: 'die Arbeit im Gange, klar und ehrlich',
    },
    {
      say: 'Frag ruhig alles. Du bekommst eine klare Antwort und ein freundliches Gesicht.',
      show: 'Klare Antworten',
      see: 'ein Lächeln über die Theke hinweg',
    },
    {
      say: 'Schnell, wenn es schnell gehen muss, und sorgfältig, wo es darauf ankommt.',
      show: 'Schnell. Sorgfältig.',
      see: 'ein schneller, präziser Handgriff, dann eine letzte Kontrolle',
    },
    {
      say: 'Stammkunden kommen aus gutem Grund wieder, und Neue merken schnell, warum.',
      show: 'Aus gutem Grund',
      see: 'ein Stammkunde wird mit Namen begrüßt',
    },
    {
      say: 'Hinter jedem Ergebnis steckt Können, Tag für Tag aufgebaut.',
      show: 'Können, Tag für Tag',
      see: 'abgenutztes Werkzeug, ordentlich aufgereiht',
    },
    {
      say: (c) => `${cap(c.s.the)}: genau die Art Ort, von der man Freunden erzählt.`,
      show: 'Erzähl es weiter',
      see: 'zwei Freunde im Gespräch, einer zeigt den Weg',
    },
  ],
  payoff: [
    {
      say: 'Das Ergebnis? Du gehst mit einem Lächeln, und alles funktioniert.',
      show: 'Alles funktioniert',
      see: 'ein glücklicher Kunde auf dem Weg nach draußen',
    },
    {
      say: (c) => `Um genau dieses Gefühl geht es ${c.s.in}.`,
      show: 'Dieses Gefühl',
      see: 'ein ruhiger Moment der Zufriedenheit',
    },
    {
      say: 'Weniger Sorgen und mehr Zeit für das, was du liebst.',
      show: 'Mehr Zeit für das, was du liebst',
      see: 'jemand genießt den Rest des Tages, unbeschwert',
    },
    {
      say: 'Einfach, herzlich und gut gemacht. Genau so, wie es sein soll.',
      show: 'Genau so, wie es sein soll',
      see: 'ein fertiges Ergebnis, stolz präsentiert',
    },
  ],
  closing: [
    {
      say: (c) => `Entdecke ${c.s.obj} noch heute. Du wirst dich fragen, warum du so lange gewartet hast.`,
      show: 'Heute entdecken',
      see: (c) => `${c.s.the}, Türen offen, Licht an`,
    },
    {
      say: (c) => `Probier ${c.s.obj} aus und erlebe den Unterschied selbst.`,
      show: 'Erlebe den Unterschied',
      see: (c) => `das Logo ${c.s.of} auf klarem Hintergrund`,
    },
    {
      say: (c) => `${cap(c.s.the)}. Für dich gemacht, und bereit, wenn du es bist.`,
      show: 'Bereit, wenn du es bist',
      see: (c) => `ein herzlicher Empfang ${c.s.in}`,
    },
  ],
}

const story: ArcPhrases = {
  hook: [
    {
      say: (c) => `Es war einmal ${c.s.a}${c.detail ? `, ${c.detail}` : ''}.`,
      show: (c) => (c.detail ? cap(`${c.s.a}, ${c.detail}`) : c.s.label),
      see: (c) => `ein erster Blick auf ${c.s.obj}, allein im Bild`,
    },
    {
      say: 'Alles begann an einem ganz gewöhnlichen Tag, wie die besten Geschichten.',
      show: 'Ein gewöhnlicher Tag',
      see: 'ein ruhiger Morgen, noch ist alles an seinem Platz',
    },
    {
      say: 'Niemand erwartete viel. Das war der erste Fehler.',
      show: 'Niemand erwartete viel',
      see: (c) => `${c.s.the} vor einer riesigen Welt`,
    },
    {
      say: (c) => `${cap(c.s.the)}. Klein, unscheinbar, und doch besonders.`,
      show: 'Unscheinbar und doch besonders',
      see: 'eine Märchenlandschaft, die langsam scharf wird',
    },
  ],
  context: [
    {
      say: 'Jeder Tag sah gleich aus, und jeden Tag fehlte etwas.',
      show: 'Etwas fehlte',
      see: 'dieselbe Routine, wiederholt, in matten Farben',
    },
    {
      say: 'Die Welt ringsum war laut, hektisch und immer in Eile.',
      show: 'Eine Welt in Eile',
      see: 'eine Menschenmenge, die vorbeieilt, ohne hinzusehen',
    },
    {
      say: 'Doch tief drinnen gab es einen Wunsch, den noch niemand gehört hatte.',
      show: 'Ein geheimer Wunsch',
      see: 'ein Fenster in der Nacht, nur ein Licht brennt noch',
    },
    {
      say: 'Dann, eines Morgens, veränderte etwas Kleines alles.',
      show: 'Dann, eines Morgens …',
      see: 'ein kleiner, unerwarteter Gegenstand fängt das Licht',
    },
    {
      say: 'Es würde Mut brauchen, Geduld und ein bisschen Glück.',
      show: 'Mut. Geduld. Glück.',
      see: 'eine lange Straße, die zum Horizont führt',
    },
  ],
  development: [
    {
      say: 'Der erste Versuch ging schief. Der zweite auch.',
      show: 'Noch einmal',
      see: 'ein ungeschickter erster Versuch, dann noch einer',
    },
    {
      say: 'Schritt für Schritt schien das Unmögliche plötzlich möglich.',
      show: 'Schritt für Schritt',
      see: 'Schritte auf einem Weg, immer sicherer',
    },
    {
      say: 'Unterwegs tauchte ein unerwarteter Freund auf.',
      show: 'Ein unerwarteter Freund',
      see: 'zwei Silhouetten treffen sich auf dem Weg',
    },
    {
      say: 'Es gab Zweifel, lange Nächte und eine sehr schlechte Idee.',
      show: 'Eine sehr schlechte Idee',
      see: 'ein chaotischer Tisch unter einer einzigen Lampe',
    },
    {
      say: 'Dann kam der Moment der Entscheidung: umkehren oder weitermachen.',
      show: 'Umkehren oder weitermachen?',
      see: 'eine Weggabelung unter wechselndem Himmel',
    },
    {
      say: (c) => `Und ${c.s.the} machte weiter.`,
      show: 'Weitermachen',
      see: (c) => `${c.s.the}, unterwegs gegen den Wind`,
    },
    {
      say: 'Jeder Rückschlag lehrte etwas Neues.',
      show: 'Jeder Rückschlag lehrt',
      see: 'eine kleine Reparatur, sorgfältig ausgeführt',
    },
    {
      say: 'Und langsam rückte das Ziel in Reichweite.',
      show: 'Fast geschafft',
      see: 'das Ziel taucht in der Ferne auf',
    },
  ],
  payoff: [
    {
      say: 'Und dann, endlich, geschah es.',
      show: 'Endlich',
      see: 'ein Lichtblitz und ein angehaltener Atem',
    },
    {
      say: 'Es war nicht perfekt. Es war besser als perfekt: Es war echt.',
      show: 'Besser als perfekt',
      see: 'ein unvollkommenes, wunderschönes Ergebnis',
    },
    {
      say: 'Alle, die gezweifelt hatten, blieben stehen und staunten.',
      show: 'Niemand zweifelte mehr',
      see: 'überraschte Gesichter, die sich umdrehen',
    },
    {
      say: 'Zum ersten Mal fühlte sich alles genau richtig an.',
      show: 'Genau richtig',
      see: 'ein weiter, ruhiger Blick nach dem Sturm',
    },
  ],
  closing: [
    {
      say: 'Manchmal haben die kleinsten Geschichten das größte Herz.',
      show: 'Ende',
      see: 'die Kamera fährt zurück, das Licht wird schwächer',
    },
    {
      say: (c) => `Und so begann die Geschichte ${c.s.of}, statt zu enden.`,
      show: 'Erst der Anfang',
      see: 'ein neuer Tag bricht am Horizont an',
    },
    {
      say: 'Denk an diese Geschichte, wenn dir das nächste Mal etwas unmöglich erscheint.',
      show: 'Nichts ist unmöglich',
      see: 'ein letzter Blick zurück, dann ein Lächeln',
    },
  ],
}

const portrait: ArcPhrases = {
  hook: [
    {
      say: (c) => `Schau dir ${c.s.obj} einmal genauer an. Da steckt mehr dahinter, als man denkt.`,
      show: 'Genauer hinsehen',
      see: (c) => `${c.s.the}, langsam aus dem Schatten enthüllt`,
    },
    {
      say: (c) => `Warum lohnt sich ein zweiter Blick auf ${c.s.obj}? Finden wir es heraus.`,
      show: 'Ein zweiter Blick lohnt sich',
      see: (c) => `ein eindrucksvoller erster Blick auf ${c.s.obj}`,
    },
    {
      say: (c) => `Du glaubst, du kennst ${c.s.obj}? Denk noch mal nach.`,
      show: 'Denk noch mal nach',
      see: 'etwas Vertrautes aus ungewohntem Winkel',
    },
    {
      say: (c) => `Alles beginnt mit einer einfachen Frage: Warum gerade ${c.s.the}?`,
      show: (c) => `Warum ${c.s.the}?`,
      see: 'ein einzelnes Detail, isoliert und rätselhaft',
    },
  ],
  context: [
    {
      say: 'Um es zu verstehen, muss man an den Anfang zurückgehen.',
      show: 'Die Anfänge',
      see: 'die Anfänge, auf einem alten Foto',
    },
    {
      say: 'Das alles ist nicht über Nacht entstanden. Es wuchs, Stück für Stück.',
      show: 'Stück für Stück',
      see: 'ein Zeitraffer von etwas, das Gestalt annimmt',
    },
    {
      say: 'Für viele gehört es zum Alltag, oft ganz selbstverständlich.',
      show: 'Teil des Alltags',
      see: 'ganz normale Menschen an einem ganz normalen Tag',
    },
    {
      say: 'Doch wer genauer hinsieht, merkt: Die Details erzählen eine Geschichte.',
      show: 'Details erzählen Geschichten',
      see: 'eine langsame Kamerafahrt auf ein vielsagendes Detail',
    },
    {
      say: 'Hier ist, worauf es wirklich ankommt, in ein paar einfachen Schritten.',
      show: 'Worauf es ankommt',
      see: 'eine klare Anordnung der wichtigsten Elemente',
    },
  ],
  development: [
    {
      say: 'Zuerst das Wichtigste: was es ist und warum es zählt.',
      show: 'Das Wichtigste',
      see: (c) => `${c.s.the}, einfach und klar gezeigt`,
    },
    {
      say: 'Dann, wie es funktioniert, Schritt für Schritt.',
      show: 'So funktioniert es',
      see: 'jeder Schritt, einer nach dem anderen',
    },
    {
      say: 'Die Menschen dahinter machen den Unterschied.',
      show: 'Die Menschen dahinter',
      see: 'Gesichter und Hände der Menschen, die es möglich machen',
    },
    {
      say: 'Kleine Entscheidungen ergeben etwas viel Größeres.',
      show: 'Kleine Entscheidungen, große Wirkung',
      see: 'viele kleine Teile, die ein Bild ergeben',
    },
    {
      say: 'Es hat seinen eigenen Rhythmus. Wer ihn einmal sieht, sieht ihn überall.',
      show: 'Den Rhythmus finden',
      see: 'ein sich wiederholendes Muster in Bewegung',
    },
    {
      say: 'Achte auf die Texturen, die Farben, die kleinen Unvollkommenheiten.',
      show: 'Texturen und Farben',
      see: 'reiche Texturen im Streiflicht',
    },
    {
      say: 'Jedes Teil hat seinen Zweck. Nichts ist hier Zufall.',
      show: 'Nichts ist Zufall',
      see: 'Teile, die präzise ineinandergreifen',
    },
    {
      say: 'Und es verändert sich weiter, jedes Jahr ein bisschen mehr.',
      show: 'Immer im Wandel',
      see: 'früher und heute, nebeneinander',
    },
  ],
  payoff: [
    {
      say: (c) => `Setzt man alles zusammen, sieht man ${c.s.obj} mit neuen Augen.`,
      show: 'Mit neuen Augen',
      see: (c) => `endlich das ganze Bild ${c.s.of}`,
    },
    {
      say: (c) => `Genau das macht ${c.s.obj} so besonders.`,
      show: 'Das Besondere',
      see: 'das schönste Detail, lange im Bild gehalten',
    },
    {
      say: 'Wer es einmal gesehen hat, sieht es nie wieder wie vorher.',
      show: 'Nie wieder wie vorher',
      see: 'eine langsame Enthüllung, von nah nach weit',
    },
    {
      say: 'Einfach an der Oberfläche, überraschend tief darunter.',
      show: 'Überraschend tief',
      see: 'Schichten, die sich eine nach der anderen öffnen',
    },
  ],
  closing: [
    {
      say: (c) => `Wenn du ${c.s.obj} das nächste Mal siehst, schau zweimal hin.`,
      show: 'Schau zweimal hin',
      see: (c) => `${c.s.the} im Abendlicht`,
    },
    {
      say: (c) => `${cap(c.s.the)}: näher, als du denkst.`,
      show: 'Näher, als du denkst',
      see: 'die Kamera entfernt sich langsam, das Motiv bleibt im Bild',
    },
    {
      say: 'Bleib neugierig. Es gibt immer mehr zu entdecken.',
      show: 'Bleib neugierig',
      see: 'eine offene Tür, hinter der helles Licht wartet',
    },
  ],
}

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }

export const universal: Entry[] = [
  { say: 'Schau genauer hin. Jetzt wird es interessant.', show: 'Genauer hinsehen', see: 'eine langsame Fahrt auf etwas, das man leicht übersieht' },
  { say: 'Bleib einen Moment bei diesem Augenblick.', show: 'Ein Augenblick', see: 'ein Standbild, alles hält inne' },
  { say: 'Hör hin. Auch die stillen Momente haben etwas zu sagen.', show: 'Stille Momente', see: 'ein leerer Raum, nur Umgebungsgeräusche' },
  { say: 'Ein Detail führt zum nächsten, und dann zum übernächsten.', show: 'Detail für Detail', see: 'eine Kette von Details, aneinandergeschnitten' },
  { say: 'Hier scheint die Zeit langsamer zu vergehen.', show: 'Die Zeit wird langsamer', see: 'Zeitlupe, Staub schwebt im Licht' },
  { say: 'Das Licht ändert sich, und mit ihm die Stimmung.', show: 'Das Licht ändert sich', see: 'derselbe Ort, während das Licht wandert' },
  { say: 'Alles fügt sich zusammen, Stück für Stück.', show: 'Alles fügt sich', see: 'Teile, die an ihren Platz gleiten' },
  { say: 'Und gerade wenn man denkt, man hätte alles gesehen, gibt es mehr.', show: 'Da ist noch mehr', see: 'eine versteckte Ecke wird sichtbar' },
]

export const detail: Entry = {
  say: (c) => `Das ist ${c.s.the}${c.detail ? `, ${c.detail}` : ''}.`,
  show: (c) => c.s.label,
  see: (c) => `${c.s.the}, ${c.detail ?? ''}`,
}
