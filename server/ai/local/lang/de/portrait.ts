import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const portrait: ArcPhrases = {
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
