import { useState } from 'preact/hooks'
import type { EditorMessages } from '../../shared/editor-messages.ts'
import { counted, fill } from '../player/fill.ts'
import type { EditorApi, VersionDetail, VersionItem } from './api.ts'
import { compareScenes } from './diff.ts'
import type { Draft } from './model.ts'
import type { EditorSession } from './session.ts'

type Props = {
  api: EditorApi
  session: EditorSession
  draft: Draft
  currentVersion: number
  messages: EditorMessages
  lang: string
  locked: boolean
}

/** Every saved version, newest first: compare one with the draft on screen, or restore it (a new version). */
export function VersionPanel({ api, session, draft, currentVersion, messages: m, lang, locked }: Props) {
  const [items, setItems] = useState<VersionItem[] | null>(null)
  const [problem, setProblem] = useState('')
  const [compared, setCompared] = useState<VersionDetail | null>(null)
  const load = async () => {
    const answer = await api.versions()
    if (answer.ok) setItems(answer.value.items)
    else setProblem(answer.problem.detail ?? answer.problem.title)
  }
  const compare = async (version: number) => {
    const answer = await api.version(version)
    if (answer.ok) setCompared(answer.value)
    else setProblem(answer.problem.detail ?? answer.problem.title)
  }
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })

  return (
    <details
      class="ed-history card"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open) void load()
      }}
    >
      <summary>{m.history}</summary>
      {problem && <p class="error">{problem}</p>}
      <ol class="ed-versions">
        {(items ?? []).map((item) => (
          <li key={item.version}>
            <span>
              <strong>{fill(m.version, { version: item.version })}</strong>
              {item.version === currentVersion && <> ({m.current})</>} · {m.causes[item.cause] ?? m.causes.other} ·{' '}
              {date.format(new Date(item.createdAt))} · {counted(m.scenes, lang, item.sceneCount)} · {item.durationSec} s
            </span>
            <span class="ed-inline">
              <button type="button" class="btn" onClick={() => compare(item.version)}>
                {m.compare}
              </button>
              <button
                type="button"
                class="btn"
                disabled={locked || item.version === currentVersion}
                onClick={async () => {
                  await session.restore(item.version)
                  setCompared(null)
                  await load()
                }}
              >
                {m.restore}
              </button>
            </span>
          </li>
        ))}
      </ol>
      {compared && (
        <section class="ed-compare" aria-live="polite">
          <h3>{fill(m.compareHeading, { version: compared.version })}</h3>
          <ol>
            {compareScenes(
              compared.scenes,
              draft.map((scene) => scene.fields),
            ).map((diff) => (
              <li key={diff.index}>
                <strong>{fill(m.scene, { n: diff.index + 1 })}</strong>: {diff.kind === 'same' && m.same}
                {diff.kind === 'only-then' && `${m.onlyBefore}: ${diff.before.narration}`}
                {diff.kind === 'only-now' && `${m.onlyNow}: ${diff.now.narration}`}
                {diff.kind === 'changed' && (
                  <dl>
                    {diff.fields.map((field) => (
                      <div key={field}>
                        <dt>{m.fields[field]}</dt>
                        <dd>
                          <del>
                            {m.before}: {String(diff.before[field])}
                          </del>{' '}
                          <ins>
                            {m.now}: {String(diff.now[field])}
                          </ins>
                        </dd>
                      </div>
                    ))}
                  </dl>
                )}
              </li>
            ))}
          </ol>
          <button type="button" class="btn" onClick={() => setCompared(null)}>
            {m.close}
          </button>
        </section>
      )}
    </details>
  )
}
