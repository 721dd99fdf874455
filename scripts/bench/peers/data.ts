// A copy of the peer harness's shared/data.mjs (the page contract's data): every peer renders
// exactly this. Plain in-memory arrays: no DB, no I/O.

export const TITLE = 'Gallery'

const NAMES = [
  'Harbor at dawn',
  'Glass canyon',
  'Quiet orchard',
  'Copper dunes',
  'Northern lights',
  'Paper lanterns',
  'Salt flats',
  'Tidal pools',
  'Cedar ridge',
  'Neon alley',
  'Marble steps',
  'Fog valley',
]

const FIRST = [
  'A slow pan across a landscape that changes colour with the hour.',
  'Wide shots and patient framing let the scene breathe.',
  'Soft light falls across textured surfaces and long shadows.',
  'A handheld sequence that follows a single curious traveller.',
  'Layers of depth give the frame a painterly, quiet feel.',
  'Short cuts build a rhythm that mirrors the sound of the place.',
]

const SECOND = [
  'It closes on a still image that invites a second look.',
  'Every frame was chosen to work as a poster on its own.',
  'The palette stays muted so the single accent colour stands out.',
  'Ambient sound carries the mood from one scene to the next.',
  'It is best watched full screen with the volume turned up.',
]

export type Card = { id: number; title: string; width: number; height: number; first: string; second: string }

export const CARDS: readonly Card[] = Array.from({ length: 24 }, (_, i) => ({
  id: i + 1,
  title: `${NAMES[i % NAMES.length]} #${i + 1}`,
  width: 320,
  height: 180 + (i % 3) * 20,
  first: FIRST[i % FIRST.length]!,
  second: SECOND[(i * 7) % SECOND.length]!,
}))

/** The 2-sentence description, built from the fixed arrays above at render time. */
export const describe = (card: Card) => `${card.first} ${card.second}`

/** Same inline CSS in every peer. */
export const CSS =
  'body{font-family:system-ui,sans-serif;margin:0;background:#fafafa;color:#222}' +
  'header{display:flex;justify-content:space-between;align-items:center;padding:1rem 2rem;background:#222;color:#fff}' +
  'main{padding:2rem}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:1.5rem;list-style:none;padding:0;margin:0}' +
  '.card{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.15);overflow:hidden}' +
  '.card img{display:block;width:100%;height:auto;background:#ddd}.card h2{font-size:1.1rem;margin:.75rem 1rem .25rem}' +
  '.card p{margin:0 1rem 1rem;line-height:1.4}button{font:inherit;padding:.4rem .9rem;border-radius:6px;border:0;cursor:pointer}'
