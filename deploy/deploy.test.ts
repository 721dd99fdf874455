/**
 * The deployment kit stays true to the binary: every variable the unit and the image set is one
 * the server reads and accepts, the unit keeps its hardening, and systemd itself accepts it where
 * systemd-analyze is installed (CI installs no systemd tools, so there that one check is skipped).
 */
import { describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { configSchema, loadConfig } from '../server/config.ts'

const read = (name: string) => Bun.file(join(import.meta.dir, name)).text()
const known = new Set(Object.keys(configSchema.shape))

/** `KEY=value` pairs of a systemd `Environment=` line or a Dockerfile `ENV` line. */
const assignments = (line: string) =>
  Object.fromEntries(
    line
      .trim()
      .split(/\s+/)
      .map((pair) => pair.split('=', 2) as [string, string]),
  )

describe('deploy/', () => {
  test('the unit and the image set only variables the server reads, with values it accepts', async () => {
    const unit = await read('reelsmith.service')
    const image = await read('Dockerfile')
    const sets = [
      ...[...unit.matchAll(/^Environment=(.+)$/gm)].map((match) => assignments(match[1]!)),
      ...[...image.matchAll(/^ENV (.+)$/gm)].map((match) => assignments(match[1]!)),
    ]
    expect(sets).toHaveLength(2)
    for (const env of sets) {
      expect(Object.keys(env).filter((name) => !known.has(name))).toEqual([])
      expect(() => loadConfig(env)).not.toThrow()
    }
    // Under systemd, DATA_DIR is the StateDirectory= systemd creates and hands over.
    expect(loadConfig({ ...sets[0], STATE_DIRECTORY: '/var/lib/reelsmith' })).toMatchObject({
      DATA_DIR: '/var/lib/reelsmith',
      HOST: '127.0.0.1',
    })
  })

  test('the unit runs as a dynamic user in a read-only system, with a restart policy and a stop longer than the drain', async () => {
    const unit = await read('reelsmith.service')
    for (const directive of [
      'DynamicUser=yes',
      'StateDirectory=reelsmith',
      'StateDirectoryMode=0700',
      'ProtectSystem=strict',
      'NoNewPrivileges=yes',
      'Restart=on-failure',
      'KillSignal=SIGTERM',
      'CapabilityBoundingSet=',
    ]) {
      expect(unit.split('\n')).toContain(directive)
    }
    const stopSec = Number(/^TimeoutStopSec=(\d+)$/m.exec(unit)?.[1])
    expect(stopSec * 1000).toBeGreaterThan(loadConfig({}).SHUTDOWN_TIMEOUT_MS)
    // The JIT needs writable code pages: this one directive would stop the server at its first request.
    expect(unit).not.toMatch(/^MemoryDenyWriteExecute=yes/m)
  })

  test.skipIf(!Bun.which('systemd-analyze'))('systemd-analyze verify accepts the unit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reelsmith-unit-'))
    try {
      // verify checks that ExecStart exists: point it at an executable this machine has.
      const unit = (await read('reelsmith.service')).replace(
        'ExecStart=/usr/local/bin/reelsmith',
        `ExecStart=${Bun.which('true') ?? '/bin/true'}`,
      )
      const path = join(dir, 'reelsmith.service')
      await Bun.write(path, unit)
      const child = Bun.spawn(['systemd-analyze', 'verify', path], { stdout: 'pipe', stderr: 'pipe' })
      const timer = setTimeout(() => child.kill(), 20_000)
      const [stderr, code] = await Promise.all([new Response(child.stderr).text(), child.exited])
      clearTimeout(timer)
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
