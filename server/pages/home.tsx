import { Island } from '../render/island.tsx'
import { Layout } from './layout.tsx'

export const HOME_META = {
  title: 'Reelsmith: from an idea to a storyboard video',
  description: 'Type an idea, get a script and a scene-by-scene storyboard you can play and export as a video.',
}

const STEPS = [
  { title: 'Describe it', text: 'One sentence is enough: who it is for, what it should feel like.' },
  { title: 'Watch it being written', text: 'The script and every scene appear live as the model writes them.' },
  { title: 'Play and export', text: 'The storyboard plays in your browser and downloads as a real video file.' },
]

const STYLES = [
  { name: 'Cinematic', text: 'Wide shots, slow pushes, a score you can feel.' },
  { name: 'Documentary', text: 'Real places, honest voices, steady framing.' },
  { name: 'Playful', text: 'Bright colours, quick cuts, a wink in every line.' },
  { name: 'Minimal', text: 'One idea per scene and plenty of white space.' },
  { name: 'Retro', text: 'Warm grain and the colours of an old postcard.' },
  { name: 'Noir', text: 'Hard shadows, rain on glass, a voice in the dark.' },
  { name: 'Corporate', text: 'Clear claims, clean charts, a confident close.' },
  { name: 'Dreamy', text: 'Soft light, drifting camera, pastel skies.' },
]

const FAQ = [
  { q: 'Do I need an account?', a: 'To create videos, yes: your drafts are private until you publish them.' },
  { q: 'Which AI model writes the script?', a: 'A built-in writer by default; the operator can connect any OpenAI-compatible model.' },
  { q: 'What do I download?', a: 'A WebM video recorded from the player, with every scene, caption and transition.' },
  { q: 'Does it work offline?', a: 'Pages and videos you have opened stay available, and new requests wait for the network.' },
]

const BEATS = ['The hook', 'The problem', 'The turn', 'The proof', 'The payoff', 'The call to action']

/** The landing page. Its islands share the drafted length through a signal. */
export function HomePage() {
  return (
    <Layout current="/">
      <section class="hero">
        <h1>From an idea to a storyboard video</h1>
        <p class="lead">
          Reelsmith writes the script, plans every scene and renders a poster for each one. You play it here and
          take the video with you.
        </p>
        <div class="card">
          <h2 class="card-title">How long should it be?</h2>
          <Island name="DurationPicker" props={{ label: 'Video length' }} hydrate="load" />
        </div>
      </section>
      <section aria-labelledby="how">
        <h2 id="how">How it works</h2>
        <ol class="steps">
          {STEPS.map((step) => (
            <li key={step.title} class="card">
              <h3>{step.title}</h3>
              <p>{step.text}</p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="styles">
        <h2 id="styles">Eight styles to start from</h2>
        <ul class="style-grid">
          {STYLES.map((style) => (
            <li key={style.name} class="card style-card">
              <h3>{style.name}</h3>
              <p>{style.text}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="faq" class="faq">
        <h2 id="faq">Questions</h2>
        {FAQ.map((entry) => (
          <details key={entry.q}>
            <summary>{entry.q}</summary>
            <p>{entry.a}</p>
          </details>
        ))}
      </section>
      <section aria-labelledby="plan">
        <h2 id="plan">Plan the scenes</h2>
        <p>Every length splits into scenes of three to six seconds. Pick one to see its beat.</p>
        <div class="card">
          <Island name="ScenePlanner" props={{ beats: BEATS }} hydrate="visible" />
        </div>
      </section>
    </Layout>
  )
}
