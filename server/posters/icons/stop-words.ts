import { LANGUAGES, type Language } from '../../../shared/languages.ts'

/**
 * Words that never pick a picture, per language, written folded (lower case, no accents: see
 * `foldWord`). Function words (articles, prepositions, pronouns, conjunctions, auxiliaries) end a noun
 * phrase; the camera's own vocabulary ("close-up", "golden-hour light, shallow depth of field") and
 * the grade and look a writer adds ("warm film grain", "hard shadows, high contrast"), generic places
 * named after what they hold ("cheese shop": the shop is not the picture) are dropped
 * the same way, so the noun that says what the scene is about is the one matched. So are body parts
 * (people are not in the library, so "hands at work" would find a hand fan), and false friends whose
 * only emoji is another thing (Portuguese "farol" is a lighthouse before it is a police car's light).
 */
const FUNCTION_WORDS: Readonly<Record<Language, string>> = {
  en: `a an the and or but nor of in on at to from by with without into onto over under above below near
    beside between through across along around behind after before during for as than then so very too
    this that these those it its it's he she they them their his her our your my we you i me us is are
    was were be been being am has have had do does did will would can could should may might must not no
    some any each every all both few many much more most other another such own same just only also there
    here where when while which who whom whose what how why up down out off again once about against one
    two three four five six seven eight nine ten`,
  es: `el la los las lo un una unos unas y e o u ni pero sino de del al a ante bajo con contra desde en entre
    hacia hasta para por segun sin sobre tras durante mediante que quien quienes cual cuales cuyo donde
    cuando como muy mas menos tan tanto este esta estos estas ese esa esos esas aquel aquella su sus mi mis
    tu tus nuestro nuestra se le les me te nos es son era fue ser estar esta estan hay ha han haber todo
    toda todos todas otro otra otros otras cada mismo misma ya tambien solo`,
  fr: `le la les l un une des du de d et ou mais ni car donc or a au aux dans en sur sous par pour avec sans
    chez vers entre contre depuis pendant avant apres devant derriere pres selon que qu qui quoi dont ou
    quand comme tres plus moins si ce cet cette ces son sa ses leur leurs mon ma mes ton ta tes notre nos
    votre vos se s il elle ils elles on est sont etait ete etre avoir a ont y tout toute tous toutes autre
    autres chaque meme deja aussi seulement ne pas`,
  de: `der die das den dem des ein eine einer eines einem einen und oder aber doch sondern von vom zu zum zur
    in im ins an am auf aus bei mit nach seit uber unter vor hinter neben zwischen durch fur gegen ohne um
    entlang wahrend als wie wenn dass ob wo wer was welche welcher welches dieser diese dieses diesem diesen
    jener sein seine ihr ihre unser unsere mein meine dein deine sich es er sie wir ihr ist sind war waren
    wird werden hat haben hatte kann konnen alle alles jeder jede jedes andere anderen viel viele sehr auch
    nur noch schon nicht kein keine`,
  pt: `o a os as um uma uns umas e ou mas nem de do da dos das no na nos nas ao aos num numa em por pelo pela
    pelos pelas para com sem sob sobre entre ate desde contra apos durante perante que quem qual quais cujo
    onde quando como muito mais menos tao tanto este esta estes estas esse essa esses essas aquele aquela
    seu sua seus suas meu minha teu tua nosso nossa se lhe lhes me te nos e sao era foi ser estar esta estao
    ha tem todo toda todos todas outro outra outros outras cada mesmo mesma ja tambem so`,
  it: `il lo la i gli le l un uno una un' e ed o od ma ne di del dello della dei degli delle a al allo alla ai
    agli alle da dal dallo dalla dai dagli dalle in nel nello nella nei negli nelle su sul sullo sulla sui
    sugli sulle con per tra fra senza sotto sopra dopo prima durante verso contro che chi cui quale quali
    dove quando come molto piu meno tanto questo questa questi queste quello quella quelli quelle suo sua suoi
    sue mio mia tuo tua nostro nostra si ci vi mi ti e sono era fu essere stare sta stanno ha hanno avere
    tutto tutta tutti tutte altro altra altri altre ogni stesso stessa gia anche solo non`,
}

const SCENE_WORDS: Readonly<Record<Language, string>> = {
  en: `shot shots close closeup extreme wide medium overhead tracking pov establishing view angle frame framing
    camera lens light lighting depth field flare focus bokeh background foreground scene detail texture
    golden hour anamorphic shallow soft gentle slowly image picture screen subject side part piece series
    layer shop store workshop studio place spot thing moment time day way world story people person someone
    brand business company service hand finger face eye arm smile thumb
    grain film tone faded seventies warm hard shadow contrast high rain slick highlight natural handheld
    honest bright saturated color colour bouncy movement clean negative space even focal point crisp
    daylight line balanced composition calm haze pastel glow drifting`,
  es: `plano primer primerisimo general medio cenital seguimiento subjetivo vista angulo encuadre camara lente
    luz iluminacion profundidad campo destello foco fondo escena detalle textura dorada hora anamorfico suave
    imagen pantalla sujeto lado parte pieza serie capa tienda taller estudio lugar cosa momento tiempo dia
    mundo historia gente persona alguien marca negocio empresa servicio mano dedo cara ojo brazo sonrisa
    pulgar
    grano pelicula calido tono setentero desvaido sombra dura alto contraste reflejo asfalto mojado
    natural honesta color vivo saturado dinamico movimiento espacio negativo limpio uniforme unico punto
    focal nitida linea limpia composicion equilibrada bruma brillo pastel enfoque flota despacio`,
  fr: `plan gros tres large moyen plongee verticale travelling subjectif ensemble vue angle cadre cadrage camera
    objectif lumiere eclairage profondeur champ flare mise point arriere scene detail texture doree heure
    anamorphique leger douce image ecran sujet cote partie piece serie couche boutique magasin atelier
    studio lieu endroit chose moment temps jour monde histoire gens personne quelqu marque entreprise
    service
    grain pellicule chaud ton delave annee soixante dix ombre dure fort contraste reflet pave mouille
    naturelle epaule authentique couleur vive saturee rebondissant mouvement espace negatif epure
    uniforme seul focal nette ligne composition equilibree brume lueur pastel flotte lentement`,
  de: `aufnahme einstellung nahaufnahme detailaufnahme totale halbnahe halbtotale vogelperspektive kamerafahrt
    point view establishing shot blick winkel bild bildausschnitt kamera objektiv licht beleuchtung
    scharfentiefe tiefenscharfe flare fokus hintergrund vordergrund szene detail textur goldenen goldene
    stunde anamorphotischer sanfter geringe laden geschaft werkstatt studio ort platz ding moment zeit tag
    welt geschichte leute person jemand marke firma unternehmen dienst hand hande finger gesicht auge arm
    lacheln daumen
    warmes filmkorn verblasste tone siebzigerjahre harte schatten hoher kontrast regennasse lichtreflexe
    naturliches handkamera ehrliche texturen kraftige satte farben verspielte bewegung klarer weissraum
    weiches gleichmassiges einziger blickfang klares tageslicht saubere linien ruhige ausgewogene
    komposition weicher dunst pastelliges leuchten langsam schwebende scharfe`,
  pt: `plano primeiro primeirissimo geral medio zenital acompanhamento subjetivo vista angulo enquadramento camera
    lente luz iluminacao profundidade campo flare foco fundo cena detalhe textura dourada hora anamorfico
    suave imagem tela ecra sujeito lado parte peca serie camada loja oficina estudio lugar coisa momento
    tempo dia mundo historia gente pessoa alguem marca negocio empresa servico mao dedo rosto olho braco
    sorriso polegar farol
    granulacao filme quente tom desbotado ano setenta sombra dura alto contraste reflexo asfalto molhado
    natural honesta cor viva saturada enquadramento divertido movimento espaco negativo limpo uniforme
    unico ponto focal nitida linha limpa composicao equilibrada nevoa brilho pastel flutuando devagar`,
  it: `piano primo primissimo campo lungo medio dall'alto carrellata soggettiva totale vista angolo inquadratura
    camera telecamera obiettivo luce illuminazione profondita flare fuoco sfondo scena dettaglio texture
    dorata ora anamorfico morbido immagine schermo soggetto lato parte pezzo serie strato negozio bottega
    officina studio luogo posto cosa momento tempo giorno mondo storia gente persona qualcuno marchio
    azienda servizio mano mani dito viso occhio occhi braccio sorriso pollice
    grana pellicola calda tono sbiadito anni settanta ombra netta alto contrasto riflesso asfalto
    bagnato naturale autentica colore vivace saturo giocosa movimento spazio negativo pulito uniforme
    solo punto focale nitida linea pulita composizione equilibrata foschia morbida bagliore pastello
    messa fuoco fluttua lenta`,
}

const toSet = (words: string) => new Set(words.split(/\s+/).filter(Boolean))

const sets = {} as Record<Language, ReadonlySet<string>>
for (const language of LANGUAGES) sets[language] = toSet(`${FUNCTION_WORDS[language]} ${SCENE_WORDS[language]}`)

/** Per language: the words that end a noun phrase and never name a picture. */
export const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = sets
