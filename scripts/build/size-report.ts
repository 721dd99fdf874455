import { budgets, type BudgetName } from '../budgets.ts'

export type FileSize = { path: string; raw: number; gzip: number; br: number }
export type BudgetCheck = { name: BudgetName; actual: number; limit: number; ok: boolean }

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2).padStart(8)} KB`

export const checkBudgets = (actual: Record<BudgetName, number>): BudgetCheck[] =>
  (Object.keys(budgets) as BudgetName[]).map((name) => ({
    name,
    actual: actual[name],
    limit: budgets[name],
    ok: actual[name] <= budgets[name],
  }))

/** The table printed at the end of every build: each file, then each budget. */
export const formatSizeReport = (files: FileSize[], checks: BudgetCheck[]): string => {
  const width = Math.max(...files.map((file) => file.path.length), 10)
  const lines = [`${'file'.padEnd(width)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)}`]
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    lines.push(`${file.path.padEnd(width)} ${kb(file.raw)} ${kb(file.gzip)} ${kb(file.br)}`)
  }
  lines.push('', 'budgets:')
  for (const check of checks) {
    lines.push(`  ${check.ok ? 'ok  ' : 'OVER'} ${check.name.padEnd(20)} ${kb(check.actual)} of ${kb(check.limit)}`)
  }
  return lines.join('\n')
}
