/**
 * Loaded before every test file of a `bun test` run (bunfig.toml). Its `afterAll` runs once,
 * after the last file: the place to stop what the whole run shares.
 */
import { afterAll } from 'bun:test'
import { registerSharedPostgresTeardown, stopSharedPostgres } from './shared-postgres.ts'

registerSharedPostgresTeardown()
afterAll(stopSharedPostgres)
