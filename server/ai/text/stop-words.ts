import type { Language } from '../storyboard.ts'

/**
 * Words that say little about what a sentence is about (articles, pronouns, auxiliaries,
 * prepositions, conjunctions, the commonest adverbs), per language, lower case. Sentence scoring
 * and key terms skip them. Data, not code: a language is added by adding its list.
 */
const LISTS: Record<Language, string> = {
  en: `a about above after again against all also am an and any are as at be because been before being below between both
    but by can could did do does doing down during each even ever every few for from further had has have having he her here
    hers herself him himself his how however i if in into is it its itself just like made make many may me might more most
    much must my myself never no nor not now of off often on once one only or other our ours ourselves out over own per
    quite rather really same says said she should since so some still such than that the their theirs them themselves then
    there these they this those through thus to too under until up upon us very was we well were what when where whether
    which while who whom whose why will with within without would yet you your yours yourself yourselves
    two three four five six seven eight nine ten twelve twenty thirty forty fifty hundred thousand million billion first second`,
  es: `a al algo algunas algunos ante antes aquel aquella aquellas aquellos aquí así aun aunque bajo bien cada casi como con
    contra cual cuales cuando cuanto de del desde donde dos durante e el ella ellas ellos en entre era eran es esa esas ese
    eso esos esta estaba estaban estado estamos están estar este esto estos fue fueron ha había han hasta hay la las le les
    lo los más me mi mis mucho muchos muy nada ni no nos nosotros o otra otras otro otros para pero poco por porque puede
    pueden que qué quien quienes se sea según ser si sí sido siempre sin sino sobre son su sus también tan tanto te tiene
    tienen todo todos tras tu tus un una unas uno unos usted y ya yo`,
  fr: `à afin ai ainsi alors au aucun aussi autre autres aux avait avant avec avoir c ça car ce ceci cela celle celles celui
    ces cet cette chaque chez comme comment d dans de depuis des deux donc dont du elle elles en encore entre est et était
    étaient été être eu eux fait faire fois il ils j je l la le les leur leurs lors lui m ma mais me même mes moi moins mon
    n ne ni nos notre nous on ont ou où par parce pas peu peut peuvent plus pour pourquoi qu quand que quel quelle quelles
    quels qui s sa sans se selon ses si son sont sous sur t ta tandis te tes toi ton tous tout toute toutes très tu un une
    vers vos votre vous y`,
  de: `aber alle allem allen aller alles als also am an auch auf aus bei beim bin bis bist da dabei damit dann das dass dein
    deine dem den denen denn der deren des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine
    einem einen einer eines er es etwa euch euer für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm
    ihn ihnen ihr ihre ihrem ihren ihrer im immer in ins ist ja jede jedem jeden jeder jedes jetzt kann kein keine können
    könnte man manche mehr mein meine mit muss musste nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine
    seinem seinen seiner sich sie sind so solche soll sollte sondern sonst über um und uns unser unter viel vom von vor
    wann war waren warum was weil welche welchem welchen welcher wenn wer werden wie wieder will wir wird wo wurde wurden
    zu zum zur zwar zwischen`,
  pt: `a à ao aos aquela aquelas aquele aqueles as às até com como da das de dela dele deles depois do dos e é ela elas ele
    eles em entre era eram essa essas esse esses esta está estão estas este estes eu foi foram há isso isto já lhe lhes
    mais mas me mesmo meu meus minha minhas muito muitos na não nas nem no nos nós nossa nossas nosso nossos num numa o
    os ou para pela pelas pelo pelos por porque quando que quem se sem ser seu seus só sobre sua suas também te tem têm
    tinha todo todos tu tua tuas um uma umas uns você vocês`,
  it: `a ad agli ai al alla alle allo anche ancora avere aveva avevano c che chi ci come con contro cui da dai dal dalla
    dalle degli dei del della delle dello dentro di dopo dove e è ecco ed era erano essere fa fra gli ha hanno ho i il in
    io la le lei li lo loro lui ma mi mia mie miei mio molto ne negli nei nel nella nelle nello noi non nostra nostre
    nostri nostro o ogni per perché più poi quale quali quando quanto quella quelle quelli quello questa queste questi
    questo se sei si sia siamo sono su sua sue sugli sui sul sulla sulle suo suoi tra tu tua tue tuo tuoi tutti tutto un
    una uno vi voi`,
}

export const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(LISTS).map(([language, words]) => [language, new Set(words.split(/\s+/u).filter(Boolean))]),
) as unknown as Record<Language, ReadonlySet<string>>
