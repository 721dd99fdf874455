import { formatTimestamp, type Cue } from './cues.ts'

/**
 * SubRip has no escapes: players read `<i>`-style tags and a `-->` as a timing line. So `<` becomes
 * a single angle quote and `-->` an arrow, which read the same to a person.
 */
const neutralizeSrt = (text: string) => text.replaceAll('-->', '→').replaceAll('<', '‹')

/** A SubRip file: numbered cues, `hh:mm:ss,mmm` times, CRLF line ends as most players expect. */
export const toSrt = (cues: readonly Cue[]): string =>
  cues
    .map(
      (cue, index) =>
        `${index + 1}\r\n${formatTimestamp(cue.startSec, ',')} --> ${formatTimestamp(cue.endSec, ',')}\r\n${cue.lines.map(neutralizeSrt).join('\r\n')}\r\n`,
    )
    .join('\r\n')
