import { Hono } from 'hono'
import { pluralTemplates } from '../i18n/plural-templates.ts'
import { ARTICLE_TITLE_MAX, ARTICLE_URL_MAX, SOURCE_KINDS, SOURCE_TEXT_LIMITS } from '../../shared/sources.ts'
import { ASPECT_RATIOS, LANGUAGES, VIDEO_STYLES } from '../ai/storyboard.ts'
import { readForm } from '../http/body.ts'
import type { AppEnv } from '../http/env.ts'
import type { Video } from '../db/model.ts'
import { Island } from '../render/island.tsx'
import type { PageContext } from './context.ts'
import { Layout } from './layout.tsx'
import { contextFor, loginRedirect, seeOther, sendPage, type PageDeps } from './deps.ts'
import { CsrfField, describedBy, Field, Notice, type FieldErrors } from './ui/field.tsx'
import { UnknownBrandKitError, UnwrittenScriptError } from '../services/videos.ts'
import { unsupportedScriptNotice } from '../i18n/writer-notice.ts'
import { CREATE_FORM_FIELDS, parseCreateForm, sourceKindOf, withTemplate, type CreateFormValues } from './create-form.ts'
import { TemplatePicker } from './ui/template-picker.tsx'
import { BrandKitChoice } from './ui/brand-kit-forms.tsx'
import type { BrandKit } from '../db/index.ts'
import { VideoCard } from './ui/video-card.tsx'

export type { CreateFormValues }

export const homeMeta = (ctx: PageContext) => ({
  title: `Reelsmith: ${ctx.t.home.title}`,
  description: ctx.t.home.lead,
  lang: ctx.lang,
})

type HomeProps = {
  ctx: PageContext
  recent: Video[]
  values?: CreateFormValues
  errors?: FieldErrors
  notice?: string
  /** The signed-in person's brand kits. */
  kits?: readonly Pick<BrandKit, 'id' | 'name'>[]
}

/** The landing page: the create form (a plain form, enhanced by its islands) and recent public videos. */
export function HomePage({ ctx, recent, values = {}, errors = {}, notice, kits = [] }: HomeProps) {
  const { t } = ctx
  const signedIn = !!ctx.session
  const initialSec = Number(values.durationSec) || 30
  const language = values.language ?? ctx.lang
  const sourceKind = sourceKindOf(values)
  return (
    <Layout ctx={ctx}>
      <section class="hero">
        <h1>{t.home.title}</h1>
        <p class="lead">{t.home.lead}</p>
      </section>
      {/* Anonymous visitors carry their draft to the sign-up page; it comes back filled in. */}
      <form
        class="card create-form"
        method={signedIn ? 'post' : 'get'}
        action={signedIn ? '/videos' : '/signup'}
        aria-labelledby="create-heading"
      >
        <h2 id="create-heading" class="card-title">
          {t.form.heading}
        </h2>
        {Object.keys(errors).length > 0 && <Notice kind="error">{t.errors.fix}</Notice>}
        {notice && <Notice kind="error">{notice}</Notice>}
        {signedIn && <CsrfField token={ctx.csrfToken} />}
        {/* One key per rendered form: a double submit, or a replay of a post queued offline, creates one video. */}
        {signedIn && <input type="hidden" name="idempotencyKey" value={values.idempotencyKey ?? crypto.randomUUID()} />}
        <TemplatePicker ctx={ctx} values={values} />
        {/* The chosen way in shows its own fields (CSS :has, no script); the server reads only those. */}
        <fieldset class="field aspect-choice source-choice">
          <legend>{t.form.source}</legend>
          {SOURCE_KINDS.map((kind) => (
            <label key={kind} class="chip">
              <input type="radio" name="source" value={kind} checked={kind === sourceKind} />
              <span>{t.form.sources[kind]}</span>
            </label>
          ))}
        </fieldset>
        <div class="source-idea">
          <Field id="prompt" label={t.form.prompt} hint={t.form.promptHint} error={errors.prompt}>
            <textarea
              id="prompt"
              name="prompt"
              rows={3}
              maxLength={SOURCE_TEXT_LIMITS.idea.max}
              placeholder={t.form.promptPlaceholder}
              aria-describedby={describedBy('prompt', t.form.promptHint, errors.prompt)}
              aria-invalid={errors.prompt ? 'true' : undefined}
            >
              {values.prompt ?? ''}
            </textarea>
          </Field>
        </div>
        <div class="source-script">
          <Field id="scriptText" label={t.form.scriptText} hint={t.form.scriptHint} error={errors.scriptText}>
            <textarea
              id="scriptText"
              name="scriptText"
              rows={8}
              maxLength={SOURCE_TEXT_LIMITS.script.max}
              aria-describedby={describedBy('scriptText', t.form.scriptHint, errors.scriptText)}
              aria-invalid={errors.scriptText ? 'true' : undefined}
            >
              {values.scriptText ?? ''}
            </textarea>
          </Field>
        </div>
        <div class="source-article">
          <Field id="articleText" label={t.form.articleText} hint={t.form.articleHint} error={errors.articleText}>
            <textarea
              id="articleText"
              name="articleText"
              rows={10}
              maxLength={SOURCE_TEXT_LIMITS.article.max}
              aria-describedby={describedBy('articleText', t.form.articleHint, errors.articleText)}
              aria-invalid={errors.articleText ? 'true' : undefined}
            >
              {values.articleText ?? ''}
            </textarea>
          </Field>
          <div class="form-row">
            <Field id="articleTitle" label={t.form.articleTitle} error={errors.articleTitle}>
              <input
                id="articleTitle"
                name="articleTitle"
                maxLength={ARTICLE_TITLE_MAX}
                value={values.articleTitle ?? ''}
                aria-describedby={describedBy('articleTitle', undefined, errors.articleTitle)}
                aria-invalid={errors.articleTitle ? 'true' : undefined}
              />
            </Field>
            <Field id="articleUrl" label={t.form.articleUrl} error={errors.articleUrl}>
              <input
                id="articleUrl"
                name="articleUrl"
                type="url"
                maxLength={ARTICLE_URL_MAX}
                value={values.articleUrl ?? ''}
                aria-describedby={describedBy('articleUrl', undefined, errors.articleUrl)}
                aria-invalid={errors.articleUrl ? 'true' : undefined}
              />
            </Field>
          </div>
        </div>
        <div class="form-row">
          <Field id="style" label={t.form.style} error={errors.style}>
            <select id="style" name="style">
              {VIDEO_STYLES.map((style) => (
                <option key={style} value={style} selected={style === (values.style ?? 'cinematic')}>
                  {t.styles[style]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="language" label={t.form.language} error={errors.language}>
            <select id="language" name="language">
              {LANGUAGES.map((code) => (
                <option key={code} value={code} selected={code === language}>
                  {t.languages[code]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div class="field source-timed">
          <span class="label" id="duration-label">
            {t.form.duration}
          </span>
          <Island
            name="DurationPicker"
            props={{
              label: t.form.duration,
              shorter: t.form.shorter,
              longer: t.form.longer,
              scenesTemplates: pluralTemplates(ctx.lang, t.form.scenes),
              lang: ctx.lang,
              presetsLabel: t.form.presets,
              customLabel: t.form.customDuration,
              shortsLabel: t.form.shorts,
              name: 'durationSec',
              initialSec,
              initialShorts: values.shorts === 'on',
            }}
            hydrate="load"
          />
          {errors.durationSec && (
            <p class="error" role="alert">
              {errors.durationSec}
            </p>
          )}
        </div>
        <fieldset class="field aspect-choice">
          <legend>{t.form.aspect}</legend>
          {ASPECT_RATIOS.map((aspect) => (
            <label key={aspect} class="chip">
              <input type="radio" name="aspect" value={aspect} checked={aspect === (values.aspect ?? '16:9')} />
              <span>{t.form.aspects[aspect]}</span>
            </label>
          ))}
        </fieldset>
        <BrandKitChoice ctx={ctx} kits={kits} values={values} errors={errors} />
        <button type="submit" class="btn btn-primary btn-large">
          {signedIn ? t.form.submit : t.form.signUpToCreate}
        </button>
      </form>

      <section aria-labelledby="recent">
        <h2 id="recent">{t.home.recent}</h2>
        {recent.length ? (
          <ul class="video-grid">
            {recent.map((video) => (
              <VideoCard key={video.id} video={video} t={t} />
            ))}
          </ul>
        ) : (
          <p class="empty">{t.home.recentEmpty}</p>
        )}
        <p>
          <a href="/gallery">{t.home.seeGallery} →</a>
        </p>
      </section>

      <section aria-labelledby="plan">
        <h2 id="plan">{t.home.planTitle}</h2>
        <p>{t.home.planLead}</p>
        <div class="card">
          <Island
            name="ScenePlanner"
            props={{ beats: t.home.beats, summary: t.home.planSummary, sceneLabel: t.home.planScene, lang: ctx.lang }}
            hydrate="visible"
          />
        </div>
      </section>
    </Layout>
  )
}

const RECENT_COUNT = 6

/** GET / and POST /videos (the create form). */
export const homeRoutes = (deps: PageDeps) =>
  new Hono<AppEnv>()
    .get('/', async (c) => {
      const ctx = contextFor(c, deps)
      const recent = await deps.videos.listPublic({ page: 1, pageSize: RECENT_COUNT })
      // A draft carried through sign-up comes back as query parameters.
      // `?template=…` fills in the template's presets under whatever else the query sets.
      const values = withTemplate(
        Object.fromEntries(
          Object.entries(c.req.query()).filter(([key]) => (CREATE_FORM_FIELDS as readonly string[]).includes(key)),
        ) as CreateFormValues,
      )
      const kits = ctx.session ? await deps.brandKits.list(ctx.session.user.id) : []
      return sendPage(c, deps, ctx, <HomePage ctx={ctx} recent={recent.items} values={values} kits={kits} />, homeMeta(ctx))
    })
    .post('/videos', async (c) => {
      const ctx = contextFor(c, deps)
      if (!ctx.session) return loginRedirect(c)
      const form = await readForm(c)
      const parsed = parseCreateForm(form, ctx.t)
      const kits = await deps.brandKits.list(ctx.session.user.id)
      /** The form again (422), with what was sent and why nothing was created. */
      const again = async (props: Pick<HomeProps, 'errors' | 'notice'>, values: CreateFormValues = form) => {
        const recent = await deps.videos.listPublic({ page: 1, pageSize: RECENT_COUNT })
        return sendPage(
          c,
          deps,
          ctx,
          <HomePage ctx={ctx} recent={recent.items} values={values} kits={kits} {...props} />,
          homeMeta(ctx),
          422,
        )
      }
      if (!parsed.ok) return again({ errors: parsed.errors })
      // An empty key is no key (a form rendered without one); anything else is the service's to judge.
      const outcome = await deps.videos
        .create(ctx.session.user.id, parsed.request, form.idempotencyKey || undefined)
        .catch((error: unknown) => {
          if (error instanceof UnwrittenScriptError || error instanceof UnknownBrandKitError) return error
          throw error
        })
      // A kit deleted in another tab meanwhile: nothing is created, the form says so on its field.
      if (outcome instanceof UnknownBrandKitError) return again({ errors: { brandKitId: ctx.t.brand.gone } })
      // Nothing is created: the idea stays in the form, with the languages the writer does write.
      if (outcome instanceof UnwrittenScriptError) return again({ errors: { prompt: unsupportedScriptNotice(ctx.lang, outcome.script) } })
      if (outcome.conflict) {
        // The service's rule, as the API answers it (422): a form sent again with other content
        // (back, edit, submit), or with a key that is not one, creates nothing silently. The values
        // stay, with a fresh key, so one more click creates the edited video.
        const notice = outcome.conflict === 'reused' ? ctx.t.errors.formReused : ctx.t.errors.fix
        return again({ notice }, { ...form, idempotencyKey: undefined })
      }
      return seeOther(c, `/videos/${outcome.video.id}`)
    })
