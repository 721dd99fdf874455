import { afterEach, describe, expect, test } from 'bun:test'
import { chromiumCpu, descendsFrom } from './chromium-cpu.ts'

const children: Bun.Subprocess[] = []
afterEach(() => {
  for (const child of children.splice(0)) child.kill()
})

describe('descendsFrom', () => {
  test('a process started here descends from this process, not the other way round', () => {
    const child = Bun.spawn(['sleep', '30'])
    children.push(child)
    expect(descendsFrom(String(child.pid), String(process.pid))).toBe(true)
    expect(descendsFrom(String(process.pid), String(process.pid))).toBe(true)
    expect(descendsFrom(String(process.pid), String(child.pid))).toBe(false)
  })

  test('a process that does not exist descends from nothing', () => {
    expect(descendsFrom('999999999', String(process.pid))).toBe(false)
  })
})

describe('chromiumCpu', () => {
  test('counts no Chromium below a root that started none', () => {
    const child = Bun.spawn(['sleep', '30'])
    children.push(child)
    expect([...chromiumCpu(String(child.pid)).keys()]).toEqual([])
  })
})
