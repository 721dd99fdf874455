import type { PlayerMessages } from '../../shared/player-messages.ts'
import type { Messages } from './en.ts'
import { pluralTemplates } from './plural-templates.ts'

/** The Player island's texts for a page in `lang` (the island fills in names, counts and times). */
export const playerMessages = (lang: string, t: Messages): PlayerMessages => {
  const { silentClips, ...player } = t.player
  return {
    ...player,
    scenes: pluralTemplates(lang, t.form.scenes),
    silentClips: pluralTemplates(lang, silentClips),
    sceneList: t.video.scenes,
    narrationPending: t.video.narrationPending,
    narrationFailed: t.video.narrationFailed,
  }
}
