import type { Language } from '../../storyboard.ts'
import type { IdeaKind } from '../writer/kinds.ts'

/**
 * The writer's quality corpus: ideas as people type them, each with the kind of video it asks for and
 * the details that must survive into the storyboard (the script, the on-screen text or the title),
 * matched case-insensitively as typed. `absent` lists text that must never appear (a cut phrase, a
 * wrong article). `corpus.test.ts` holds the writer to all of it; `scripts/measure-writer.ts` scores it.
 */

export interface CorpusIdea {
  language: Language
  kind: IdeaKind
  prompt: string
  details: string[]
  absent?: string[]
}

export const CORPUS: readonly CorpusIdea[] = [
  // English
  {
    language: 'en',
    kind: 'story',
    prompt: 'A lighthouse keeper on a remote island finds a message in a bottle',
    details: ['lighthouse keeper', 'remote island', 'message in a bottle'],
    absent: ['Finds a:'],
  },
  {
    language: 'en',
    kind: 'howto',
    prompt: 'How to change a flat tyre on a bike: remove the wheel, find the puncture, patch the tube, pump it to 4 bar',
    details: ['flat tyre', 'remove the wheel', 'find the puncture', 'patch the tube', '4 bar'],
  },
  {
    language: 'en',
    kind: 'howto',
    prompt: 'How to change a flat tyre on a bicycle',
    details: ['change a flat tyre on a bicycle'],
    absent: ['on a,', 'on a:', 'in a few simple steps'],
  },
  {
    language: 'en',
    kind: 'ad',
    prompt: 'An ad for a solar kettle that boils a litre in 9 minutes using only sunlight, folds flat, costs 49 euros, for campers',
    details: ['solar kettle', 'a litre in 9 minutes', 'only sunlight', 'folds flat', '49 euros', 'campers'],
  },
  {
    language: 'en',
    kind: 'ad',
    prompt: 'Promo for Café Luna, a bakery in Porto open every day from 7 am, croissants 1.20 euros, visit cafeluna.com',
    details: ['Café Luna', 'bakery in Porto', '7 am', '1.20 euros', 'cafeluna.com'],
    absent: ['the Café Luna'],
  },
  {
    language: 'en',
    kind: 'event',
    prompt: 'Announce our open-air jazz night on Saturday 14 June at 8 pm in Victoria Park, tickets 12 pounds',
    details: ['open-air jazz night', 'Saturday 14 June', '8 pm', 'Victoria Park', '12 pounds'],
  },
  {
    language: 'en',
    kind: 'explainer',
    prompt: 'Explain to kids why the sky is blue',
    details: ['why the sky is blue', 'kids'],
  },
  {
    language: 'en',
    kind: 'explainer',
    prompt: 'Explainer: how solar panels turn sunlight into electricity',
    details: ['solar panels turn sunlight into electricity'],
    absent: ['the how'],
  },
  {
    language: 'en',
    kind: 'portrait',
    prompt: "A portrait of Lisbon's Alfama district, its narrow streets and fado bars",
    details: ["Lisbon's Alfama district", 'narrow streets', 'fado bars'],
    absent: ["the Lisbon's"],
  },
  {
    language: 'en',
    kind: 'portrait',
    prompt: 'A portrait of Marie Curie, the first woman to win a Nobel Prize',
    details: ['Marie Curie', 'first woman to win a Nobel Prize'],
  },
  {
    language: 'en',
    kind: 'list',
    prompt: 'Top 3 reasons to learn to swim: safety, fitness, fun',
    details: ['learn to swim', 'safety', 'fitness', 'fun'],
  },
  {
    language: 'en',
    kind: 'testimonial',
    prompt: 'A testimonial from Maria, a nurse who used our sleep app for 30 days and now sleeps 7 hours a night',
    details: ['Maria', 'nurse', 'sleep app', '30 days', '7 hours a night'],
  },
  // Spanish
  {
    language: 'es',
    kind: 'howto',
    prompt: 'Cómo hacer una tortilla de patatas: pela 4 patatas, fríelas en aceite, bate 6 huevos, mezcla y cuaja',
    details: ['tortilla de patatas', 'pela 4 patatas', 'fríelas en aceite', 'bate 6 huevos'],
  },
  {
    language: 'es',
    kind: 'howto',
    prompt: 'Tutorial: cómo cambiar el aceite del coche',
    details: ['cambiar el aceite del coche'],
  },
  {
    language: 'es',
    kind: 'explainer',
    prompt: 'Explica por qué se producen las mareas',
    details: ['por qué se producen las mareas'],
  },
  {
    language: 'es',
    kind: 'ad',
    prompt: 'Anuncio para una mochila impermeable de 30 litros, pesa 800 gramos, cuesta 59 euros, para ciclistas urbanos',
    details: ['mochila impermeable de 30 litros', '800 gramos', '59 euros', 'ciclistas urbanos'],
  },
  {
    language: 'es',
    kind: 'ad',
    prompt: 'Un anuncio de 30 segundos para un taller de bicicletas, cálido y divertido',
    details: ['taller de bicicletas'],
  },
  {
    language: 'es',
    kind: 'event',
    prompt: 'Anuncia nuestro mercado de Navidad el sábado 12 de diciembre en la Plaza Mayor, de 10 a 20 h',
    details: ['mercado de Navidad', 'sábado 12 de diciembre', 'Plaza Mayor', '10 a 20 h'],
  },
  {
    language: 'es',
    kind: 'story',
    prompt: 'Una historia sobre una niña que encuentra un dragón en el desván de su abuela',
    details: ['niña', 'dragón', 'desván de su abuela'],
  },
  {
    language: 'es',
    kind: 'portrait',
    prompt: 'Un retrato del barrio de Triana en Sevilla, con sus talleres de cerámica',
    details: ['barrio de Triana', 'Sevilla', 'talleres de cerámica'],
  },
  {
    language: 'es',
    kind: 'list',
    prompt: 'Los 3 mejores trucos para ahorrar luz: apagar el standby, usar LED, lavar en frío',
    details: ['ahorrar luz', 'apagar el standby', 'usar LED', 'lavar en frío'],
  },
  {
    language: 'es',
    kind: 'testimonial',
    prompt: 'Testimonio de Carlos, panadero, que redujo su factura un 20 % con nuestros paneles solares',
    details: ['Carlos', 'panadero', '20 %', 'paneles solares'],
  },
  // French
  {
    language: 'fr',
    kind: 'howto',
    prompt: 'Comment faire une pâte à crêpes : mélanger 250 g de farine, ajouter 4 œufs, verser 50 cl de lait, laisser reposer 1 heure',
    details: ['pâte à crêpes', '250 g de farine', '4 œufs', '50 cl de lait', '1 heure'],
  },
  {
    language: 'fr',
    kind: 'explainer',
    prompt: 'Explique comment fonctionne un vaccin',
    details: ['comment fonctionne un vaccin'],
  },
  {
    language: 'fr',
    kind: 'ad',
    prompt: "Une pub pour une lampe de lecture rechargeable, 20 heures d'autonomie, 35 euros, pour les étudiants",
    details: ['lampe de lecture rechargeable', "20 heures d'autonomie", '35 euros', 'étudiants'],
  },
  {
    language: 'fr',
    kind: 'ad',
    prompt: 'Une pub de 30 secondes pour un atelier de réparation de vélos, chaleureuse et drôle',
    details: ['atelier de réparation de vélos'],
  },
  {
    language: 'fr',
    kind: 'event',
    prompt: 'Annonce notre fête de quartier le samedi 21 juin à 15 h, place des Vosges',
    details: ['fête de quartier', 'samedi 21 juin', '15 h', 'place des Vosges'],
  },
  {
    language: 'fr',
    kind: 'event',
    prompt: "Invitation au concert de la chorale le 5 mai à 18 h à l'église Saint-Pierre",
    details: ['concert de la chorale', '5 mai', '18 h', 'église Saint-Pierre'],
  },
  {
    language: 'fr',
    kind: 'story',
    prompt: 'Une histoire sur un vieux facteur qui découvre une lettre jamais envoyée',
    details: ['vieux facteur', 'lettre jamais envoyée'],
  },
  {
    language: 'fr',
    kind: 'portrait',
    prompt: 'Un portrait de Montmartre, ses escaliers et ses peintres',
    details: ['Montmartre', 'escaliers', 'peintres'],
    absent: ['le Montmartre'],
  },
  {
    language: 'fr',
    kind: 'list',
    prompt: "Top 4 des fromages de Normandie : camembert, livarot, pont-l'évêque, neufchâtel",
    details: ['fromages de Normandie', 'camembert', 'livarot', "pont-l'évêque", 'neufchâtel'],
  },
  {
    language: 'fr',
    kind: 'testimonial',
    prompt: "Témoignage de Sophie, professeure, qui a appris l'espagnol en 6 mois avec notre application",
    details: ['Sophie', 'professeure', "l'espagnol en 6 mois"],
  },
  // German
  {
    language: 'de',
    kind: 'explainer',
    prompt: 'Erkläre Kindern, warum der Himmel blau ist',
    details: ['warum der Himmel blau ist', 'Kinder'],
    absent: ['Erkläre Kindern'],
  },
  {
    language: 'de',
    kind: 'howto',
    prompt: 'Anleitung: Fahrradkette ölen – Kette reinigen, 1 Tropfen Öl pro Glied, 10 Minuten einwirken lassen, abwischen',
    details: ['Fahrradkette ölen', 'Kette reinigen', '1 Tropfen Öl pro Glied', '10 Minuten einwirken lassen', 'abwischen'],
  },
  {
    language: 'de',
    kind: 'howto',
    prompt: 'Wie man einen Reifen wechselt',
    details: ['einen Reifen wechselt'],
  },
  {
    language: 'de',
    kind: 'ad',
    prompt: 'Werbung für eine Thermoskanne aus Edelstahl, hält 12 Stunden warm, kostet 29 Euro, für Pendler',
    details: ['Thermoskanne aus Edelstahl', '12 Stunden warm', '29 Euro', 'Pendler'],
  },
  {
    language: 'de',
    kind: 'ad',
    prompt: 'Ein 30-Sekunden-Werbespot für eine Fahrradwerkstatt, warm und lustig',
    details: ['Fahrradwerkstatt'],
  },
  {
    language: 'de',
    kind: 'event',
    prompt: 'Ankündigung: unser Sommerfest am Samstag, 5. Juli, ab 14 Uhr im Stadtpark Köln',
    details: ['Sommerfest', 'Samstag, 5. Juli', '14 Uhr', 'Stadtpark Köln'],
  },
  {
    language: 'de',
    kind: 'story',
    prompt: 'Eine Geschichte über einen alten Uhrmacher, der die Zeit anhalten kann',
    details: ['Uhrmacher', 'die Zeit anhalten'],
  },
  {
    language: 'de',
    kind: 'portrait',
    prompt: 'Ein Porträt der Hamburger Speicherstadt mit ihren Backsteinbauten',
    details: ['Hamburger Speicherstadt', 'Backsteinbauten'],
  },
  {
    language: 'de',
    kind: 'list',
    prompt: 'Die 3 besten Tipps für besseren Schlaf: kein Handy im Bett, feste Zeiten, kühles Zimmer',
    details: ['besseren Schlaf', 'kein Handy im Bett', 'feste Zeiten', 'kühles Zimmer'],
  },
  {
    language: 'de',
    kind: 'testimonial',
    prompt: 'Erfahrungsbericht von Jonas, Student, der mit unserer App 15 Kilo abgenommen hat',
    details: ['Jonas', 'Student', '15 Kilo'],
  },
  // Portuguese
  {
    language: 'pt',
    kind: 'howto',
    prompt: 'Como fazer pão de queijo: misture 500 g de polvilho, junte 2 ovos, asse 25 minutos a 180 graus',
    details: ['pão de queijo', '500 g de polvilho', '2 ovos', '25 minutos a 180 graus'],
  },
  {
    language: 'pt',
    kind: 'explainer',
    prompt: 'Explique por que as folhas mudam de cor no outono',
    details: ['por que as folhas mudam de cor no outono'],
  },
  {
    language: 'pt',
    kind: 'ad',
    prompt: 'Anúncio para uma garrafa térmica de 1 litro, mantém o café quente por 24 horas, custa 39 reais, para motoristas',
    details: ['garrafa térmica de 1 litro', 'quente por 24 horas', '39 reais', 'motoristas'],
  },
  {
    language: 'pt',
    kind: 'ad',
    prompt: 'Um anúncio de 30 segundos para uma oficina de bicicletas, acolhedor e divertido',
    details: ['oficina de bicicletas'],
  },
  {
    language: 'pt',
    kind: 'event',
    prompt: 'Divulgue a nossa feira de livros no domingo, 8 de março, às 10 h, na Praça da Liberdade',
    details: ['feira de livros', 'domingo, 8 de março', '10 h', 'Praça da Liberdade'],
  },
  {
    language: 'pt',
    kind: 'story',
    prompt: 'Uma história sobre um pescador que encontra um mapa dentro de um peixe',
    details: ['pescador', 'mapa dentro de um peixe'],
  },
  {
    language: 'pt',
    kind: 'story',
    prompt: 'Um conto sobre um gato que aprende a voar',
    details: ['gato', 'aprende a voar'],
  },
  {
    language: 'pt',
    kind: 'portrait',
    prompt: 'Um retrato do bairro da Mouraria em Lisboa e das suas tascas',
    details: ['bairro da Mouraria', 'Lisboa', 'tascas'],
  },
  {
    language: 'pt',
    kind: 'list',
    prompt: 'Top 3 praias do Algarve: Marinha, Benagil, Falésia',
    details: ['praias do Algarve', 'Marinha', 'Benagil', 'Falésia'],
  },
  {
    language: 'pt',
    kind: 'testimonial',
    prompt: 'Depoimento da Ana, dentista, que poupou 3 horas por semana com o nosso software',
    details: ['Ana', 'dentista', '3 horas por semana'],
  },
  // Italian
  {
    language: 'it',
    kind: 'howto',
    prompt: 'Come preparare il tiramisù: monta 3 uova con 100 g di zucchero, aggiungi 250 g di mascarpone, bagna i savoiardi nel caffè',
    details: ['tiramisù', '3 uova con 100 g di zucchero', '250 g di mascarpone', 'savoiardi nel caffè'],
  },
  {
    language: 'it',
    kind: 'howto',
    prompt: 'Tutorial su come montare una mensola',
    details: ['montare una mensola'],
  },
  {
    language: 'it',
    kind: 'explainer',
    prompt: 'Spiega come funziona un vulcano',
    details: ['come funziona un vulcano'],
  },
  {
    language: 'it',
    kind: 'ad',
    prompt: 'Spot per uno zaino da trekking da 40 litri, pesa 1,2 kg, costa 89 euro, per escursionisti',
    details: ['zaino da trekking da 40 litri', '1,2 kg', '89 euro', 'escursionisti'],
  },
  {
    language: 'it',
    kind: 'ad',
    prompt: "Uno spot di 30 secondi per un'officina di biciclette, caldo e divertente",
    details: ['officina di biciclette'],
  },
  {
    language: 'it',
    kind: 'event',
    prompt: 'Annuncia la nostra sagra del tartufo domenica 9 novembre ad Alba, dalle 10 alle 19',
    details: ['sagra del tartufo', 'domenica 9 novembre', 'Alba', 'dalle 10 alle 19'],
  },
  {
    language: 'it',
    kind: 'story',
    prompt: 'Una storia su un bambino che costruisce una barca di carta che naviga fino al mare',
    details: ['bambino', 'barca di carta', 'fino al mare'],
  },
  {
    language: 'it',
    kind: 'portrait',
    prompt: 'Un ritratto di Trastevere a Roma, con le sue trattorie e i vicoli',
    details: ['Trastevere', 'Roma', 'trattorie', 'vicoli'],
  },
  {
    language: 'it',
    kind: 'list',
    prompt: 'I 3 migliori gelati di Bologna: pistacchio, crema, nocciola',
    details: ['gelati di Bologna', 'pistacchio', 'crema', 'nocciola'],
  },
  {
    language: 'it',
    kind: 'testimonial',
    prompt: 'Testimonianza di Luca, idraulico, che ha trovato 40 nuovi clienti con il nostro sito',
    details: ['Luca', 'idraulico', '40 nuovi clienti'],
  },
]
