import type { VideoStyle } from '../../storyboard.ts'
import type { Mood } from '../lang/types.ts'

/** The mood a style implies, for its palette. */
export const STYLE_MOOD: Record<VideoStyle, Mood> = {
  cinematic: 'inspiring',
  documentary: 'professional',
  playful: 'funny',
  minimal: 'calm',
  retro: 'nostalgic',
  noir: 'mysterious',
  corporate: 'professional',
  dreamy: 'calm',
}
