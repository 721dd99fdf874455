import { formatNumber } from '../helpers.ts'
import type { AssistantPhrases } from '../types.ts'

const num = formatNumber('de')

export const assistant: AssistantPhrases = {
  sceneLabel: (number) => `Szene ${number}`,
  before: 'Vorher',
  after: 'Nachher',
  why: 'Kurze Sätze wirken stärker: ein Gedanke pro Satz, keine Füllwörter, die starken Wörter ans Ende.',
  punchierIntro: (number) => `Eine knackigere Fassung von Szene ${number}:`,
  punchierTips: ({ shot, fromSec, toSec, onScreen }) => [
    `Kürze die Szene von ${num(fromSec)} s auf ${num(toSec)} s, damit der Satz genau auf dem Schnitt endet.`,
    `Geh bei der Einstellung (${shot}) näher ran oder schneide auf das erste Wort, das bringt Energie.`,
    `Lass „${onScreen}“ groß im Bild stehen, damit die Idee auch ohne Ton ankommt.`,
  ],
  noSuchScene: (number, count) =>
    `Dieses Video hat ${count} Szenen, eine Szene ${number} gibt es also nicht. Frag nach den Szenen 1 bis ${count}.`,
  musicIntro: (style) => `Für dieses Video im Stil „${style}“ passt`,
  music: {
    cinematic: 'ein orchestraler Aufbau mit sanftem Klavier, tiefen Streichern und einem großen Höhepunkt.',
    documentary: 'eine zurückhaltende Akustikgitarre oder ein gedämpftes Klavier über leichten Ambient-Flächen.',
    playful: 'fröhliche Ukulele, Klatschen, Pizzicato-Streicher und eine gepfiffene Melodie.',
    minimal: 'sparsame elektronische Pulse oder eine einzelne Klavierlinie mit viel Raum.',
    retro: 'ein funkiger Siebziger-Groove: Wah-Wah-Gitarre, Rhodes-Piano und ein warmer Bass.',
    noir: 'rauchiger Late-Night-Jazz: Besen am Schlagzeug, Kontrabass und eine gestopfte Trompete.',
    corporate: 'heller, selbstbewusster Elektropop mit gleichmäßigem Schlagzeug und klaren Synthesizern.',
    dreamy: 'luftige Synth-Flächen, hallgetränkte Gitarre und eine langsame, schwebende Melodie.',
  },
  musicMood: {
    warm: 'Setz auf Warmes und Organisches: lieber akustische Instrumente als Synthesizer.',
    funny: 'Lass Platz für das Timing: Nimm die Musik vor der Pointe kurz raus.',
    bold: 'Steigere die Energie und setz den stärksten Akzent auf den Höhepunkt.',
    calm: 'Halte sie weich und gleichmäßig, ohne abrupte Brüche.',
    mysterious: 'Tiefe Drones und sparsame Akzente halten die Spannung.',
    inspiring: 'Fang klein an und steigere dich zu einem vollen, hoffnungsvollen Finale.',
    elegant: 'Wenige Instrumente, schön gespielt: Streicher oder Soloklavier.',
    nostalgic: 'Ein Hauch Vinylknistern oder Bandwärme macht die Epoche spürbar.',
    professional: 'Sauber und unaufdringlich, damit die Botschaft führt.',
  },
  musicTempo: (low, high) => `Tempo: etwa ${low}–${high} BPM.`,
  musicCuts: (times) => `Setz musikalische Akzente auf die Szenenwechsel bei ${times}.`,
  musicMix: 'Misch die Musik etwa 15 dB unter die Stimme und prüf, ob die Lizenz die Online-Nutzung abdeckt.',
  pacingIntro: ({ count, durationSec, averageSec, wordsPerSecond }) =>
    `${count} Szenen in ${num(durationSec)} s: etwa ${num(averageSec)} s pro Szene und ${num(wordsPerSecond)} Wörter Sprechertext pro Sekunde.`,
  pacingCrowded: (scenes) =>
    `Überladen (mehr als 3 Wörter pro Sekunde, schwer zu folgen): ${scenes}. Kürze diese Sätze oder gib den Szenen mehr Zeit.`,
  pacingSparse: (scenes) =>
    `Dünn (unter 1,2 Wörtern pro Sekunde, kann sich ziehen): ${scenes}. Kürze diese Szenen oder ergänze einen Satz.`,
  pacingFine: 'Sprechertext und Szenenlängen sind im Gleichgewicht: gut zu folgen, nichts zieht sich.',
  pacingTips: [
    'Variiere die Szenenlängen: Ein schneller Schnitt nach einer längeren Szene wirkt energiegeladen.',
    'Halte den Einstieg kurz und gib dem Höhepunkt etwas mehr Luft.',
  ],
  titleIntro: (title) => `Aktueller Titel: **${title}**. Ein paar Alternativen:`,
  titleTip: 'Titel unter 40 Zeichen lesen sich am besten in Vorschaubildern und Suchergebnissen.',
  hookIntro: 'Drei alternative Einstiege:',
  hookTips: [
    'Zeig in der ersten Sekunde Bewegung oder ein Gesicht.',
    'Bring das Versprechen in den ersten 3 Sekunden ins Bild, damit es auch ohne Ton funktioniert.',
  ],
  endingIntro: 'Alternative Schlüsse:',
  endingTips: [
    'Ende mit einer einzigen klaren Aufforderung und lass sie mindestens 2 Sekunden stehen.',
    'Nenn den Namen ganz am Ende noch einmal, damit er hängen bleibt.',
  ],
  sceneIntro: (number) => `Szene ${number} auf einen Blick:`,
  sceneFacts: ({ narration, onScreen, shot, durationSec }) => [
    `Sprechertext: „${narration}“`,
    `Im Bild: „${onScreen}“`,
    `Einstellung: ${shot}, ${num(durationSec)} s`,
  ],
  sceneTips: [
    'Für mehr Wirkung kürze den Sprechertext auf einen einzigen kurzen Satz.',
    'Wähle eine andere Einstellungsgröße als in den Nachbarszenen, für Kontrast.',
  ],
  summaryIntro: ({ title, count, durationSec }) => `**${title}**: ${count} Szenen, ${num(durationSec)} Sekunden.`,
  summaryAsk: 'Du kannst mich zum Beispiel fragen:',
  quote: (text) => `„${text}“`,
  summaryHelp: [
    '„Mach Szene 3 knackiger“',
    '„Welche Musik passt?“',
    '„Stimmt das Tempo?“',
    '„Schlag einen besseren Titel vor“',
    '„Gib mir einen stärkeren Einstieg“',
    '„Verbessere das Ende“',
  ],
  styleNames: {
    cinematic: 'filmisch',
    documentary: 'dokumentarisch',
    playful: 'verspielt',
    minimal: 'minimalistisch',
    retro: 'retro',
    noir: 'noir',
    corporate: 'Corporate',
    dreamy: 'verträumt',
  },
  shotNames: {
    wide: 'Totale',
    medium: 'Halbnahe',
    'close-up': 'Nahaufnahme',
    'extreme close-up': 'Detailaufnahme',
    overhead: 'Vogelperspektive',
    tracking: 'Kamerafahrt',
    pov: 'subjektive Kamera',
    establishing: 'Establishing Shot',
  },
  fillerWords: ['wirklich', 'einfach', 'eigentlich', 'sehr', 'ziemlich', 'ganz', 'halt', 'eben', 'echt', 'total', 'quasi'],
}
