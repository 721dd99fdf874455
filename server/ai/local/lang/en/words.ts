import { cap } from '../helpers.ts'
import type { Grammar, Lexicon, SubjectForms } from '../types.ts'

export const lexicon: Lexicon = {
  stopwords: ['the', 'a', 'an', 'and', 'for', 'with', 'of', 'about', 'is', 'to', 'in', 'that', 'this', 'our', 'my', 'it', 'on', 'at', 'from', 'who', 'which', 'very', 'be', 'ad', 'story', 'shop'],
  determiners: ['a', 'an', 'the', 'some', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'these', 'those'],
  formats: {
    promo: ['recruiting', 'recruitment', 'hiring', 'ad', 'ads', 'advert', 'advertisement', 'commercial', 'promo', 'promotional', 'promotion', 'campaign', 'spot', 'launch', 'teaser', 'pitch'],
    story: ['trailer', 'story', 'tale', 'fable', 'fairy tale', 'short film', 'adventure', 'bedtime story', 'parable'],
    portrait: ['documentary', 'explainer', 'tutorial', 'guide', 'overview', 'introduction', 'intro', 'presentation', 'portrait', 'video', 'clip', 'film', 'reel', 'piece', 'montage', 'showcase', 'profile', 'tour', 'walkthrough'],
  },
  introducers: ['for', 'about', 'of', 'on', 'to', 'showing', 'featuring', 'introducing', 'promoting', 'celebrating', 'explaining', 'presenting', 'called', 'named', 'starring'],
  contractions: {},
  detailStarts: ['called', 'named', 'that', 'which', 'who', 'whose', 'where', 'with', 'in', 'at', 'near', 'offering', 'serving', 'selling', 'making', 'learning', 'trying', 'looking', 'living', 'working', 'helping', 'searching', 'dreaming', 'discovering', 'finding', 'run', 'located', 'based', 'from', 'by', 'during', 'when', 'while', 'without', 'because'],
  styleWords: ['style', 'tone', 'mood', 'vibe', 'feel', 'look', 'voice', 'format', 'aesthetic'],
  clauseWords: ['how', 'why', 'what', 'when', 'where', 'who'],
  fillers: ['showcase', 'present', 'promote', 'introduce', 'explain', 'celebrate', 'advertise', 'highlight', 'make', 'create', 'generate', 'produce', 'write', 'give', 'show', 'need', 'want', 'i', "i'd", 'we', 'me', 'us', 'please', 'can', 'could', 'you', 'would', 'like', "let's", 'lets', 'quick'],
  and: ['and', '&'],
  connectors: ['and', 'but', 'so', 'then', 'now', 'well', 'also'],
  moods: {
    warm: ['romantic*', 'warm*', 'cozy', 'cosy', 'heartwarming', 'friendly', 'homey', 'welcoming', 'gentle', 'tender'],
    funny: ['funn*', 'fun', 'humor*', 'humour*', 'comic*', 'comedic', 'playful', 'witty', 'silly', 'hilarious', 'light-hearted', 'lighthearted', 'quirky', 'goofy', 'cheeky', 'joke*'],
    bold: ['bold', 'epic', 'energetic', 'energy', 'dynamic', 'exciting', 'intense', 'powerful', 'punchy', 'action', 'dramatic', 'fast-paced', 'adrenaline'],
    calm: ['calm*', 'relax*', 'peaceful', 'serene', 'soothing', 'quiet', 'meditative', 'tranquil', 'chill', 'slow', 'mindful'],
    mysterious: ['myster*', 'dark', 'moody', 'suspense*', 'eerie', 'noir', 'haunting', 'enigmatic', 'creepy', 'spooky'],
    inspiring: ['inspir*', 'uplifting', 'motivat*', 'emotional', 'heartfelt', 'hopeful', 'moving', 'touching', 'empower*'],
    elegant: ['elegan*', 'luxur*', 'premium', 'sophisticat*', 'classy', 'refined', 'chic', 'sleek', 'stylish'],
    nostalgic: ['nostalgi*', 'vintage', 'retro', 'old-school', 'throwback', 'timeless'],
    professional: ['professional*', 'corporate', 'trustworth*', 'serious', 'reliable', 'informative', 'credible', 'expert'],
  },
  intents: {
    punchier: ['punch*', 'shorter', 'tighter', 'snapp*', 'crisp*', 'impact*', 'shorten*', 'tighten*', 'trim*', 'concise', 'wordy'],
    music: ['music*', 'song*', 'soundtrack*', 'score', 'track', 'audio', 'sound'],
    pacing: ['pace', 'pacing', 'rhythm*', 'tempo', 'speed', 'slow', 'too long', 'length', 'timing', 'drag*', 'rushed'],
    title: ['title*', 'name', 'headline'],
    hook: ['hook*', 'opening', 'intro*', 'beginning', 'start', 'first scene', 'attention'],
    ending: ['ending', 'end', 'cta', 'call to action', 'closing', 'outro', 'finish'],
  },
  sceneWords: ['scene', 'shot'],
  ordinals: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
  lastWords: ['last', 'final'],
}

const POSSESSIVES = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'this', 'these', 'those'])

/** "candles", "bikes": a plural needs no article; "glass" and "bus" are not plurals. */
const looksPlural = (words: string): boolean => /[^su]s$/i.test(words)

const anOrA = (words: string): string => (/^([aeio]|u(?!ni|se|sa|su))/i.test(words) ? `an ${words}` : `a ${words}`)

export const grammar: Grammar = {
  subjectForms(words, determiner, asName): SubjectForms {
    const forms = (the: string, a: string): SubjectForms => ({
      label: cap(words),
      bare: words,
      the,
      obj: the,
      a,
      of: `of ${the}`,
      to: `to ${the}`,
      in: `in ${the}`,
      for: `for ${the}`,
    })
    if (asName) return forms(words, words)
    // "our new app" is "our new app" when named, and "a new app" when offered: "Looking for a new app?"
    if (determiner && POSSESSIVES.has(determiner)) return forms(`${determiner} ${words}`, looksPlural(words) ? words : anOrA(words))
    if (determiner === 'some') return forms(`the ${words}`, `some ${words}`)
    if (!determiner && looksPlural(words)) return forms(words, words)
    return forms(`the ${words}`, anOrA(words))
  },
}
