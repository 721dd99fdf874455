import type { ExportProblem } from '../../shared/player-messages.ts'

/** An export that stopped: the problem the island says in the page's language, with the browser's own words where it gave some. */
export type ExportFailure = { kind: 'error'; problem: ExportProblem; detail?: string; format?: string }

export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error))
