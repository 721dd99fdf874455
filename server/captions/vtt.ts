import { formatTimestamp, type Cue } from './cues.ts'

/** WebVTT cue text escapes `&`, `<` and `>` (which also keeps a `-->` in the text from reading as timing). */
const escapeVtt = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** A WebVTT file: numbered cues, `hh:mm:ss.mmm` times, the text escaped. */
export const toVtt = (cues: readonly Cue[]): string =>
  `${['WEBVTT', ...cues.map((cue, index) => `${index + 1}\n${formatTimestamp(cue.startSec, '.')} --> ${formatTimestamp(cue.endSec, '.')}\n${cue.lines.map(escapeVtt).join('\n')}`)].join('\n\n')}\n`
