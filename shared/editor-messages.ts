/**
 * The storyboard editor's texts in the page's language, built on the server
 * (server/i18n/editor-messages.ts) and sent as a prop. `{n}`, `{to}`, `{detail}`, `{field}`,
 * `{version}` mark what the island fills in.
 */
export type EditorMessages = {
  heading: string
  lead: string
  /** "Scene {n}" */
  scene: string
  fields: { narration: string; onScreenText: string; visual: string; shot: string; palette: string; durationSec: string }
  /** "Colour {n}" */
  colour: string
  moveUp: string
  moveDown: string
  /** The drag handle's name; Alt+↑/↓ do the same from the keyboard. */
  drag: string
  duplicate: string
  remove: string
  add: string
  /** Announced: "Scene {n} is now at place {to}." */
  moved: string
  /** Announced: "Scene {n} deleted." */
  removed: string
  /** The text a new scene starts with. */
  newNarration: string
  newVisual: string
  undo: string
  redo: string
  regenerate: string
  /** The scene's own picture: the file field's label (PNG, JPEG or WebP, up to 10 MB). */
  picture: string
  removePicture: string
  rewrite: string
  instruction: string
  /** Preset rewrite instructions, one click each. */
  presets: string[]
  /** "Writing scene {n} again…" */
  regenerating: string
  status: { saved: string; dirty: string; saving: string; invalid: string; error: string; offline: string; busy: string }
  saveNow: string
  conflict: { save: string; draft: string }
  reload: string
  overwrite: string
  keptHeading: string
  keptLead: string
  dismiss: string
  narration: { pending: string; ready: string; failed: string; changed: string }
  /** After narration of an edit finished: the player shows the saved version after a reload. */
  playerStale: string
  reloadPage: string
  history: string
  showHistory: string
  /** "Version {version}" */
  version: string
  current: string
  causes: Record<string, string>
  /** "{count} scenes" per plural category. */
  scenes: Record<string, string>
  compare: string
  restore: string
  /** "Version {version} compared with now" */
  compareHeading: string
  same: string
  before: string
  now: string
  onlyBefore: string
  onlyNow: string
  close: string
  /** "Apply to scene {n}" (the assistant's answer, on the assistant page). */
  apply: string
}
