import type { Grammar } from './types.ts'

/** "einen alten Uhrmacher" (as the object of "über") → "ein alter Uhrmacher", the subject of a sentence. */
const nominative = (phrase: string): string => {
  const match = /^(einen|den)\s+((?:\p{Ll}+en\s+)*)(.*)$/u.exec(phrase)
  if (!match) return phrase
  const article = match[1] === 'einen' ? 'ein' : 'der'
  const adjectives = match[2]!.replace(/en(\s+)/gu, match[1] === 'einen' ? 'er$1' : 'e$1')
  return `${article} ${adjectives}${match[3]}`
}

export const de: Grammar = {
  language: 'de',
  kindCues: {
    testimonial: ['erfahrungsbericht', 'kundenstimme', 'testimonial', 'erfahrung von'],
    list: ['top #', 'die # besten', '# besten', '# gründe', '# tipps', '# dinge'],
    howto: ['wie man', 'anleitung', 'tutorial', 'schritt für schritt', 'rezept', 'so geht'],
    explainer: ['erkläre*', 'erklär*', 'warum', 'was ist', 'wie funktioniert'],
    event: ['ankündigung', 'kündige*', 'einladung', 'lade*', 'veranstaltung', 'festival', 'konzert', 'save the date'],
    ad: ['werbung', 'werbespot', '#-sekunden-werbespot', 'werbevideo', 'anzeige', 'spot', 'promo*', 'kampagne', 'launch'],
    story: ['geschichte', 'märchen', 'fabel', 'erzählung', 'kurzfilm', 'es war einmal'],
    portrait: ['porträt', 'portrait', 'profil', 'dokumentation', 'rundgang durch'],
  },
  introducers: ['für', 'über', 'von', 'vom', 'zum', 'zur', 'mit', 'der', 'des'],
  contractions: { vom: 'dem', zum: 'dem', zur: 'der' },
  fillers: ['mach', 'erstelle', 'schreibe', 'bitte', 'ein', 'eine', 'video', 'kurzes', 'kurzer', 'clip', 'unser', 'unsere'],
  determiners: [
    'ein',
    'eine',
    'einen',
    'einem',
    'einer',
    'der',
    'die',
    'das',
    'den',
    'dem',
    'mein',
    'meine',
    'unser',
    'unsere',
    'unseren',
    'ihr',
    'ihre',
    'sein',
    'seine',
  ],
  definite: {},
  relatives: ['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'wo', 'welche', 'welcher'],
  relativesAfterComma: true,
  linkWords: ['besuche', 'besucht', 'besuchen sie', 'unter', 'auf'],
  audienceIntro: ['für'],
  audienceWords: ['kindern', 'kinder', 'jugendlichen', 'anfängern', 'schülern', 'studenten'],
  priceWords: ['€', '$', 'euro', 'franken', 'kostet', 'preis', 'nur'],
  whenWords: [
    'montag',
    'dienstag',
    'mittwoch',
    'donnerstag',
    'freitag',
    'samstag',
    'sonntag',
    'januar',
    'februar',
    'märz',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'dezember',
    'heute',
    'morgen',
    'uhr',
  ],
  whenIntro: ['am', 'ab', 'um', 'von', 'diesen', 'nächsten'],
  toneWords: ['warm', 'lustig', 'witzig', 'elegant', 'ruhig', 'geheimnisvoll', 'mutig', 'fröhlich', 'ernst', 'emotional', 'herzlich'],
  and: ['und', 'oder'],
  nominative,
}
