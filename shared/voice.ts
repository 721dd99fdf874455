/**
 * The narrator's voice on eSpeak NG's scales: words per minute (`-s`) and pitch (`-p`). One source
 * for the request schema (server/ai/storyboard.ts) and the voices (server/tts/voices.ts). eSpeak's
 * own default rate is 175 wpm; 165 is a touch calmer, closer to a narrator.
 */
export const VOICE_RATE_LIMITS = { min: 80, max: 450, default: 165 } as const
export const VOICE_PITCH_LIMITS = { min: 0, max: 99, default: 50 } as const
