import { describe, expect, test } from 'bun:test'
import { compareScenes } from './diff.ts'
import type { SceneFields } from './types.ts'

const fields = (narration: string, palette = ['#000000', '#ffffff', '#ff0000']): SceneFields => ({
  narration,
  onScreenText: '',
  visual: 'v',
  shot: 'wide',
  palette,
  durationSec: 3,
})

describe('compareScenes', () => {
  test('names the changed fields per scene, and scenes only one side has', () => {
    const diff = compareScenes([fields('a'), fields('b'), fields('c')], [fields('a'), fields('B', ['#000000', '#ffffff', '#00ff00'])])
    expect(diff.map((scene) => scene.kind)).toEqual(['same', 'changed', 'only-then'])
    expect(diff[1]).toMatchObject({ fields: ['narration', 'palette'] })
    expect(compareScenes([fields('a')], [fields('a'), fields('b')]).map((scene) => scene.kind)).toEqual(['same', 'only-now'])
  })
})
