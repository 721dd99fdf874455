import { Hono, type Context } from 'hono'
import { SCENE_INSTRUCTION_MAX } from '../ai/scene-request.ts'
import { assistantQuestionSchema } from '../ai/storyboard.ts'
import type { Video } from '../db/model.ts'
import { readForm } from '../http/body.ts'
import type { AppEnv } from '../http/env.ts'
import type { HtmlStatus } from '../http/page-response.ts'
import { renderMarkdown } from '../render/markdown.ts'
import { isVideoId } from '../../shared/ids.ts'
import { contextFor, loginRedirect, sendPage, type PageDeps } from './deps.ts'
import type { PageContext } from './context.ts'
import { Layout } from './layout.tsx'
import { editorMessages } from '../i18n/editor-messages.ts'
import { CsrfField, describedBy, Field } from './ui/field.tsx'

type AssistantProps = {
  ctx: PageContext
  videos: Video[]
  selectedId?: string
  question?: string
  /** Sanitized HTML rendered from the AI's Markdown (server/render/markdown.ts). */
  answerHtml?: string
  error?: string
  /** After an answer: the question as an instruction for one scene of the video, to rewrite it in the editor. */
  apply?: ApplyToScene
}

/** The scene the question names ("scene 3", "#3"), with the question as the instruction to rewrite it. */
type ApplyToScene = { videoId: string; scene: number; instruction: string }

/** The question as an instruction the editor takes, cut at a word. */
const asInstruction = (question: string) => {
  const trimmed = question.trim()
  if (trimmed.length <= SCENE_INSTRUCTION_MAX) return trimmed
  const cut = trimmed.slice(0, SCENE_INSTRUCTION_MAX)
  const space = cut.lastIndexOf(' ')
  return space > 0 ? cut.slice(0, space) : cut
}
/** A scene number written as digits in the question, when the video has that scene. */
const namedScene = (question: string, sceneCount: number): number | null => {
  const number = Number(/(?:^|[\s#])(\d{1,2})(?!\d)/.exec(question)?.[1] ?? Number.NaN)
  return Number.isInteger(number) && number >= 1 && number <= sceneCount ? number : null
}

/**
 * A GET form to the video page: the editor opens with that scene's rewrite box filled in, and the
 * person confirms there. A link never rewrites by itself, so another site cannot trigger a write.
 */
function ApplyForm({ ctx, apply }: { ctx: PageContext; apply: ApplyToScene }) {
  return (
    <form class="apply-scene" method="get" action={`/videos/${apply.videoId}#editor`}>
      <input type="hidden" name="rewrite" value={String(apply.scene)} />
      <input type="hidden" name="instruction" value={apply.instruction} />
      <button class="btn" type="submit">
        {editorMessages(ctx.lang, ctx.t).apply.replace('{n}', String(apply.scene))}
      </button>
    </form>
  )
}

/** Ask the assistant about one of your videos. */
export function AssistantPage({ ctx, videos, selectedId, question = '', answerHtml, error, apply }: AssistantProps) {
  const { t } = ctx
  return (
    <Layout ctx={ctx}>
      <h1>{t.assistant.title}</h1>
      <p class="lead">{t.assistant.lead}</p>
      {videos.length === 0 ? (
        <div class="empty card">
          <p>{t.assistant.noVideos}</p>
          <a class="btn btn-primary" href="/">
            {t.myVideos.createFirst}
          </a>
        </div>
      ) : (
        <form class="card" method="post" action="/assistant">
          <CsrfField token={ctx.csrfToken} />
          <Field id="video" label={t.assistant.video}>
            <select id="video" name="videoId">
              {videos.map((video) => (
                <option key={video.id} value={video.id} selected={video.id === selectedId}>
                  {video.title ?? video.prompt.slice(0, 80)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="question" label={t.assistant.question} error={error}>
            <textarea
              id="question"
              name="question"
              rows={3}
              required
              minLength={2}
              maxLength={1000}
              placeholder={t.assistant.questionPlaceholder}
              aria-describedby={describedBy('question', undefined, error)}
            >
              {question}
            </textarea>
          </Field>
          <p class="suggestions">
            {t.assistant.suggestions.map((suggestion) => (
              <button key={suggestion} class="chip" type="submit" name="suggestion" value={suggestion} formNoValidate>
                {suggestion}
              </button>
            ))}
          </p>
          <button class="btn btn-primary" type="submit">
            {t.assistant.ask}
          </button>
        </form>
      )}
      {answerHtml && (
        <section class="card answer" aria-labelledby="answer-heading" aria-live="polite">
          <h2 id="answer-heading" class="card-title">
            {t.assistant.answer}
          </h2>
          <div class="markdown" dangerouslySetInnerHTML={{ __html: answerHtml }} />
          {apply && <ApplyForm ctx={ctx} apply={apply} />}
        </section>
      )}
    </Layout>
  )
}

const MAX_VIDEOS_LISTED = 50

/** GET /assistant (?video=) and POST /assistant (a question). */
export const assistantRoutes = (deps: PageDeps) => {
  const show = async (c: Context<AppEnv>, props: Omit<Parameters<typeof AssistantPage>[0], 'ctx' | 'videos'>, status: HtmlStatus = 200) => {
    const ctx = contextFor(c, deps)
    if (!ctx.session) return loginRedirect(c)
    const mine = await deps.videos.listByUser(ctx.session.user.id, { page: 1, pageSize: MAX_VIDEOS_LISTED })
    const ready = mine.items.filter((video) => video.status === 'ready')
    return sendPage(
      c,
      deps,
      ctx,
      <AssistantPage ctx={ctx} videos={ready} {...props} />,
      { title: `${ctx.t.assistant.title} · Reelsmith`, lang: ctx.lang },
      status,
    )
  }
  return new Hono<AppEnv>()
    .get('/assistant', (c) => show(c, { selectedId: c.req.query('video') }))
    .post('/assistant', async (c) => {
      const session = c.get('session')
      if (!session) return loginRedirect(c)
      const form = await readForm(c)
      const question = assistantQuestionSchema.safeParse(form.suggestion ?? form.question)
      const video = isVideoId(form.videoId) ? await deps.videos.forOwner(form.videoId, session.user.id) : null
      if (!video) return show(c, { error: 'Choose one of your videos.' }, 404)
      if (!question.success)
        return show(c, { selectedId: video.id, question: form.question, error: question.error.issues[0]?.message }, 422)
      const answer = await deps.assistant.ask(video, question.data, session.user.language, session.user.id)
      if (!answer) return show(c, { selectedId: video.id, question: question.data, error: 'This video is not written yet.' }, 409)
      const scene = namedScene(question.data, video.scenes.length)
      const apply = scene === null ? undefined : { videoId: video.id, scene, instruction: asInstruction(question.data) }
      return show(c, { selectedId: video.id, question: question.data, answerHtml: await renderMarkdown(answer.markdown), apply })
    })
}
