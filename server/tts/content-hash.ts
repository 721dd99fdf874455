import type { TtsProvider, Voice } from './types.ts'

/** 22 base64url characters = 132 bits of SHA-256: collisions are out of reach, URLs stay short. */
export const AUDIO_HASH_LENGTH = 22
export const AUDIO_HASH_PATTERN = /^[A-Za-z0-9_-]{22}$/

export const isAudioHash = (value: string): boolean => AUDIO_HASH_PATTERN.test(value)

/**
 * The address of a clip: every input that changes its sound. JSON of a fixed-order array, so no
 * two field combinations share a serialization ("a|b" vs "a" + "|b").
 */
export const audioHash = (text: string, voice: Voice, engine: Pick<TtsProvider, 'name' | 'engineVersion'>): string =>
  new Bun.CryptoHasher('sha256')
    .update(JSON.stringify(['tts-v1', engine.name, engine.engineVersion, voice.language, voice.rate, voice.pitch, text]))
    .digest('base64url')
    .slice(0, AUDIO_HASH_LENGTH)
