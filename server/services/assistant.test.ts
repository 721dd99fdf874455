import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AiProvider } from '../ai/provider.ts'
import type { QuestionInput } from '../ai/storyboard.ts'
import { CacheStore } from '../cache/store.ts'
import { createRepositories, openDatabase, type Database, type Repositories, type VideoWithScenes } from '../db/index.ts'
import { silentLogger } from '../log.ts'
import { createAssistant, type Assistant } from './assistant.ts'

/** The assistant: the AI answers with the video and the asker's language; answers are cached per video content. */

const asked: QuestionInput[] = []
const ai: AiProvider = {
  name: 'local',
  model: 'test-model',
  generateStoryboard: () => Promise.reject(new Error('not used')),
  regenerateScene: () => Promise.reject(new Error('not used')),
  async answerQuestion(input) {
    asked.push(input)
    return { value: `Answer ${asked.length} in ${input.language}`, usage: { promptTokens: 100, completionTokens: 20 }, model: 'test-model' }
  },
}

let dir: string
let db: Database
let repos: Repositories
let store: CacheStore
let assistant: Assistant
let userId: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelsmith-assistant-'))
  db = await openDatabase({ dataDir: dir, logger: silentLogger })
  repos = createRepositories(db)
  store = new CacheStore({ memoryBytes: 8 * 1024 * 1024, logger: silentLogger })
  assistant = createAssistant({ ai, store, usage: repos.usage })
  userId = (await repos.users.create({ email: 'ada@example.com', passwordHash: 'x', language: 'en' }))!.id
})
afterAll(async () => {
  await store.close()
  await db.close()
  await rm(dir, { recursive: true, force: true })
})

const video = (overrides: Partial<VideoWithScenes> = {}): VideoWithScenes => ({
  id: 'video-0001',
  userId,
  title: 'Spokes & Smiles',
  logline: 'A repair shop that fixes more than bikes',
  script: 'Scene one. Scene two.',
  prompt: 'An ad for a bicycle repair shop',
  style: 'playful',
  durationSec: 20,
  aspect: '16:9',
  language: 'en',
  shorts: false,
  voiceRate: 165,
  voicePitch: 50,
  seed: 0,
  source: { kind: 'idea' },
  status: 'ready',
  visibility: 'private',
  version: 1,
  musicLevel: 35,
  musicMood: null,
  coverPosterHash: '0123456789abcdef',
  createdAt: 0,
  updatedAt: 0,
  scenes: [
    {
      position: 0,
      narration: 'Scene one.',
      onScreenText: 'Fixed!',
      visual: 'A wheel',
      shot: 'wide',
      palette: ['#000000', '#ffffff', '#ff0000'],
      durationSec: 10,
      posterHash: '0123456789abcdef',
      sentences: [],
      narrationStatus: 'pending',
      narrationError: null,
      imageId: null,
    },
    {
      position: 1,
      narration: 'Scene two.',
      onScreenText: '',
      visual: 'A smile',
      shot: 'close-up',
      palette: ['#000000', '#ffffff', '#00ff00'],
      durationSec: 10,
      posterHash: 'fedcba9876543210',
      sentences: [],
      narrationStatus: 'pending',
      narrationError: null,
      imageId: null,
    },
  ],
  ...overrides,
})

describe('ask', () => {
  test('asks the AI with the storyboard, the request and the asker’s language; records the usage', async () => {
    asked.length = 0
    const answer = await assistant.ask(video(), 'What music fits?', 'de', userId)
    expect(answer).toEqual({ markdown: 'Answer 1 in de', fromCache: false })
    expect(asked).toHaveLength(1)
    expect(asked[0]).toMatchObject({
      question: 'What music fits?',
      language: 'de',
      video: { title: 'Spokes & Smiles', prompt: 'An ad for a bicycle repair shop', style: 'playful' },
    })
    // Storage details stay out of the prompt.
    expect(asked[0]!.video.scenes[0]).not.toHaveProperty('posterHash')
    expect(asked[0]!.video.scenes[0]).not.toHaveProperty('position')
    expect((await repos.usage.forUser(userId)).total).toMatchObject({ aiCalls: 1, tokensIn: 100, tokensOut: 20, cacheHits: 0 })
  })

  test('the same question (spacing and case aside) on the same video is answered from the cache', async () => {
    asked.length = 0
    const answer = await assistant.ask(video(), '  what MUSIC   fits? ', 'de', userId)
    expect(answer).toEqual({ markdown: 'Answer 1 in de', fromCache: true })
    expect(asked).toHaveLength(0)
    expect((await repos.usage.forUser(userId)).total.cacheHits).toBe(1)
  })

  test('another language, or a video whose content changed, is a new question', async () => {
    asked.length = 0
    expect((await assistant.ask(video(), 'What music fits?', 'en', userId))?.fromCache).toBe(false)
    const rewritten = video({
      version: 2,
      scenes: video().scenes.map((scene) => ({ ...scene, narration: `${scene.narration} Now punchier.` })),
    })
    expect((await assistant.ask(rewritten, 'What music fits?', 'de', userId))?.fromCache).toBe(false)
    expect(asked).toHaveLength(2)
  })

  test('a video that is not written yet gets no answer (null), and the AI is not asked', async () => {
    asked.length = 0
    expect(
      await assistant.ask(video({ title: null, script: null, scenes: [], status: 'queued' }), 'What music fits?', 'en', userId),
    ).toBeNull()
    expect(asked).toHaveLength(0)
  })
})
