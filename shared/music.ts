/**
 * Background music: the moods the browser's synthesizer knows, the level a person chooses (0 = off)
 * and how a video's style and palette choose mood and tempo when the person has not. One source for
 * the API schema and column default (server) and the synthesizer (islands/player/music/).
 */

export const MUSIC_MOODS = ['calm', 'upbeat', 'dramatic', 'playful', 'corporate', 'dreamy', 'noir'] as const
export type MusicMood = (typeof MUSIC_MOODS)[number]

/** Percent of full music volume; 0 is off. 35 sits under a voice without being lost. */
export const MUSIC_LEVEL_LIMITS = { min: 0, max: 100, default: 35 } as const

/** What the synthesizer needs: everything else about the score follows from these and the length. */
export type MusicSettings = { mood: MusicMood; bpm: number; seed: number }

/** Each style's mood and tempo (beats per minute) when the video names no mood of its own. */
const STYLE_MUSIC: Record<string, { mood: MusicMood; bpm: number }> = {
  cinematic: { mood: 'dramatic', bpm: 84 },
  documentary: { mood: 'calm', bpm: 88 },
  playful: { mood: 'playful', bpm: 116 },
  minimal: { mood: 'calm', bpm: 76 },
  retro: { mood: 'upbeat', bpm: 112 },
  noir: { mood: 'noir', bpm: 72 },
  corporate: { mood: 'corporate', bpm: 104 },
  dreamy: { mood: 'dreamy', bpm: 70 },
}
const FALLBACK = { mood: 'calm', bpm: 88 } as const

/** Each mood's own tempo, for a mood chosen apart from the style. */
const MOOD_BPM: Record<MusicMood, number> = { calm: 84, upbeat: 118, dramatic: 84, playful: 116, corporate: 104, dreamy: 70, noir: 72 }

/** Relative luminance-ish lightness of #rrggbb, 0..1; anything else counts as mid-grey. */
const lightness = (colour: string) => {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour)
  if (!match) return 0.5
  const [red, green, blue] = [match[1]!, match[2]!, match[3]!].map((hex) => Number.parseInt(hex, 16) / 255)
  return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!
}

/** FNV-1a over the text: a 32-bit seed that any JavaScript engine computes alike. */
export const hashSeed = (text: string) => {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

/**
 * The video's music: the chosen mood (or the style's), a tempo from the style nudged by the
 * palettes (bright scenes a little quicker, dark ones slower, at most ±6 %), and a seed from the
 * video id and its writer seed, so one video always gets the same tune and another video another.
 */
export const musicSettings = (video: {
  id: string
  seed: number
  style: string
  mood: MusicMood | null
  palettes: readonly (readonly string[])[]
}): MusicSettings => {
  const fromStyle = STYLE_MUSIC[video.style] ?? FALLBACK
  const mood = video.mood ?? fromStyle.mood
  const base = video.mood && video.mood !== fromStyle.mood ? MOOD_BPM[video.mood] : fromStyle.bpm
  const colours = video.palettes.flat()
  const light = colours.length ? colours.reduce((sum, colour) => sum + lightness(colour), 0) / colours.length : 0.5
  const bpm = Math.round(base * (1 + (light - 0.5) * 0.12))
  return { mood, bpm, seed: hashSeed(`${video.id}:${video.seed}`) }
}
