import type { Language } from '../../server/ai/storyboard.ts'

/**
 * The fixed corpus scripts/measure-speaking-rate.ts speaks: narration-like sentences of mixed
 * length, the same eight ideas in every language, so the rates compare languages, not texts.
 */
export const SPEAKING_RATE_CORPUS: Record<Language, readonly string[]> = {
  en: [
    'At dawn, the old lighthouse keeper climbed the stairs one last time.',
    'The city wakes slowly, one window at a time.',
    'Nobody expected the small bakery on the corner to change the whole street.',
    'Rain.',
    'She opened the letter, read the first line, and smiled.',
    'Every great journey begins with a single, uncertain step.',
    'By noon, the market was full of colour, noise and the smell of fresh bread.',
    'This is where our story ends, and yours begins.',
  ],
  es: [
    'Al amanecer, el viejo farero subió las escaleras por última vez.',
    'La ciudad despierta despacio, una ventana tras otra.',
    'Nadie esperaba que la pequeña panadería de la esquina cambiara toda la calle.',
    'Lluvia.',
    'Abrió la carta, leyó la primera línea y sonrió.',
    'Todo gran viaje empieza con un solo paso incierto.',
    'Al mediodía, el mercado estaba lleno de color, de ruido y de olor a pan recién hecho.',
    'Aquí termina nuestra historia, y empieza la tuya.',
  ],
  fr: [
    'À l’aube, le vieux gardien du phare monta l’escalier une dernière fois.',
    'La ville se réveille lentement, une fenêtre après l’autre.',
    'Personne ne s’attendait à ce que la petite boulangerie du coin change toute la rue.',
    'La pluie.',
    'Elle ouvrit la lettre, lut la première ligne et sourit.',
    'Chaque grand voyage commence par un seul pas incertain.',
    'À midi, le marché était plein de couleurs, de bruit et d’odeur de pain frais.',
    'C’est ici que notre histoire se termine, et que la vôtre commence.',
  ],
  de: [
    'Im Morgengrauen stieg der alte Leuchtturmwärter ein letztes Mal die Treppe hinauf.',
    'Die Stadt erwacht langsam, ein Fenster nach dem anderen.',
    'Niemand hätte gedacht, dass die kleine Bäckerei an der Ecke die ganze Straße verändert.',
    'Regen.',
    'Sie öffnete den Brief, las die erste Zeile und lächelte.',
    'Jede große Reise beginnt mit einem einzigen, unsicheren Schritt.',
    'Am Mittag war der Markt voller Farben, Lärm und dem Duft von frischem Brot.',
    'Hier endet unsere Geschichte, und deine beginnt.',
  ],
  pt: [
    'Ao amanhecer, o velho faroleiro subiu as escadas pela última vez.',
    'A cidade acorda devagar, uma janela de cada vez.',
    'Ninguém esperava que a pequena padaria da esquina mudasse a rua inteira.',
    'Chuva.',
    'Ela abriu a carta, leu a primeira linha e sorriu.',
    'Toda grande jornada começa com um único passo incerto.',
    'Ao meio-dia, o mercado estava cheio de cor, de barulho e do cheiro de pão fresco.',
    'É aqui que a nossa história termina, e a sua começa.',
  ],
  it: [
    'All’alba, il vecchio guardiano del faro salì le scale per l’ultima volta.',
    'La città si sveglia piano, una finestra alla volta.',
    'Nessuno si aspettava che il piccolo forno all’angolo cambiasse tutta la strada.',
    'Pioggia.',
    'Aprì la lettera, lesse la prima riga e sorrise.',
    'Ogni grande viaggio comincia con un solo passo incerto.',
    'A mezzogiorno, il mercato era pieno di colori, di rumore e di profumo di pane fresco.',
    'Qui finisce la nostra storia, e comincia la tua.',
  ],
}
