import { Hono, type Context } from 'hono'
import { LANGUAGES, languageSchema } from '../ai/storyboard.ts'
import { readForm } from '../http/body.ts'
import { takeSignInAttempt } from '../http/sign-in.ts'
import type { AppEnv } from '../http/env.ts'
import type { HtmlStatus } from '../http/page-response.ts'
import { changePasswordSchema } from '../services/accounts.ts'
import { contextFor, loginRedirect, seeOther, sendPage, type PageDeps } from './deps.ts'
import { formErrors } from './ui/form-errors.ts'
import type { UsageCounts } from '../db/model.ts'
import type { PageContext } from './context.ts'
import { Layout } from './layout.tsx'
import { BrandKitsSection, parseKitForm, type KitFormState } from './account-brand-kits.tsx'
import type { BrandKit } from '../db/index.ts'
import { HttpError } from '../http/errors.ts'

type KitNotice = 'created' | 'saved' | 'deleted' | 'logo' | 'logo-removed'
import { CsrfField, describedBy, Field, Notice, type FieldErrors } from './ui/field.tsx'

type AccountProps = {
  ctx: PageContext
  usage: UsageCounts
  kits: readonly BrandKit[]
  /** Whether logos can be uploaded on this server. */
  uploads: boolean
  notice?: { kind: 'ok' | 'error'; text: string }
  errors?: FieldErrors
  /** The brand kit form that failed, with what was sent. */
  failedKit?: KitFormState
}

/** Language, password, usage, brand kits and sign-out. */
export function AccountPage({ ctx, usage, kits, uploads, notice, errors = {}, failedKit }: AccountProps) {
  const { t, session } = ctx
  if (!session) return null
  return (
    <Layout ctx={ctx}>
      <h1>{t.account.title}</h1>
      <p class="muted">{t.account.signedInAs(session.user.email)}</p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <div class="account-grid">
        <form class="card" method="post" action="/account/language">
          <CsrfField token={ctx.csrfToken} />
          <Field id="language" label={t.account.language} hint={t.account.languageHint} error={errors.language}>
            <select id="language" name="language" aria-describedby={describedBy('language', t.account.languageHint, errors.language)}>
              {LANGUAGES.map((code) => (
                <option key={code} value={code} selected={code === session.user.language}>
                  {t.languages[code]}
                </option>
              ))}
            </select>
          </Field>
          <button class="btn btn-primary" type="submit">
            {t.account.save}
          </button>
        </form>

        <form class="card" method="post" action="/account/password">
          <h2 class="card-title">{t.account.password}</h2>
          <CsrfField token={ctx.csrfToken} />
          <Field id="currentPassword" label={t.account.currentPassword} error={errors.currentPassword}>
            <input id="currentPassword" name="currentPassword" type="password" autocomplete="current-password" required maxLength={200} />
          </Field>
          <Field id="newPassword" label={t.account.newPassword} hint={t.auth.passwordHint} error={errors.newPassword}>
            <input
              id="newPassword"
              name="newPassword"
              type="password"
              autocomplete="new-password"
              required
              minLength={10}
              maxLength={200}
              aria-describedby={describedBy('newPassword', t.auth.passwordHint, errors.newPassword)}
            />
          </Field>
          <button class="btn" type="submit">
            {t.account.password}
          </button>
        </form>

        <section class="card" aria-labelledby="usage-heading">
          <h2 id="usage-heading" class="card-title">
            {t.account.usage}
          </h2>
          <dl class="stats">
            <div>
              <dt>{t.account.aiCalls}</dt>
              <dd>{usage.aiCalls}</dd>
            </div>
            <div>
              <dt>{t.account.cacheHits}</dt>
              <dd>{usage.cacheHits}</dd>
            </div>
            <div>
              <dt>{t.account.tokens}</dt>
              <dd>{usage.tokensIn + usage.tokensOut}</dd>
            </div>
          </dl>
        </section>
      </div>
      <BrandKitsSection ctx={ctx} kits={kits} failed={failedKit} uploads={uploads} />
      <form method="post" action="/logout" class="sign-out">
        <CsrfField token={ctx.csrfToken} />
        <button class="btn" type="submit">
          {t.account.signOut}
        </button>
      </form>
    </Layout>
  )
}

/** GET /account, POST /account/language and /account/password. */
export const accountRoutes = (deps: PageDeps) => {
  const show = async (
    c: Context<AppEnv>,
    props: Omit<Parameters<typeof AccountPage>[0], 'ctx' | 'usage' | 'kits' | 'uploads'> = {},
    status: HtmlStatus = 200,
  ) => {
    const ctx = contextFor(c, deps)
    if (!ctx.session) return loginRedirect(c)
    const { total } = await deps.usage.forUser(ctx.session.user.id)
    const kits = await deps.brandKits.list(ctx.session.user.id)
    return sendPage(
      c,
      deps,
      ctx,
      <AccountPage ctx={ctx} usage={total} kits={kits} uploads={deps.logos !== undefined} {...props} />,
      { title: `${ctx.t.account.title} · Reelsmith`, lang: ctx.lang },
      status,
    )
  }
  /** After a kit form: back to the kits, the notice named by a key the page knows (never free text from the URL). */
  const backToKits = (c: Context<AppEnv>, done: KitNotice) => seeOther(c, `/account?kit=${done}#brand-kits`)
  const kitNotice = (c: Context<AppEnv>): AccountProps['notice'] => {
    const t = contextFor(c, deps).t.brand
    const done = c.req.query('kit') as KitNotice | undefined
    const texts: Record<KitNotice, string> = {
      created: t.created,
      saved: t.savedKit,
      deleted: t.deleted,
      logo: t.logoSaved,
      'logo-removed': t.logoRemoved,
    }
    return done && Object.hasOwn(texts, done) ? { kind: 'ok', text: texts[done] } : undefined
  }
  /** Runs a kit action for the signed-in person; a kit that is not theirs is the same 404 as a missing one. */
  const kitAction = (action: (c: Context<AppEnv>, userId: string, kitId: string) => Promise<Response>) => async (c: Context<AppEnv>) => {
    const session = c.get('session')
    if (!session) return loginRedirect(c)
    const kitId = c.req.param('id') ?? ''
    if (!(await deps.brandKits.forOwner(kitId, session.user.id))) throw new HttpError(404, 'Not Found', 'No such brand kit.')
    return action(c, session.user.id, kitId)
  }
  return new Hono<AppEnv>()
    .get('/account', (c) => {
      if (c.req.query('saved')) return show(c, { notice: { kind: 'ok', text: contextFor(c, deps).t.account.saved } })
      const notice = kitNotice(c)
      return show(c, notice ? { notice } : {})
    })
    .post('/account/brand-kits', async (c) => {
      const session = c.get('session')
      if (!session) return loginRedirect(c)
      const t = contextFor(c, deps).t
      const form = await readForm(c)
      const parsed = parseKitForm(form, t)
      if (!parsed.ok) return show(c, { failedKit: { kitId: 'new', values: form, errors: parsed.errors } }, 422)
      const kit = await deps.brandKits.create(session.user.id, parsed.input)
      if (kit === 'limit') return show(c, { notice: { kind: 'error', text: t.brand.limitText } }, 409)
      return backToKits(c, 'created')
    })
    .post(
      '/account/brand-kits/:id',
      kitAction(async (c, userId, kitId) => {
        const form = await readForm(c)
        const parsed = parseKitForm(form, contextFor(c, deps).t)
        if (!parsed.ok) return show(c, { failedKit: { kitId, values: form, errors: parsed.errors } }, 422)
        await deps.brandKits.update(kitId, userId, parsed.input)
        return backToKits(c, 'saved')
      }),
    )
    .post(
      '/account/brand-kits/:id/delete',
      kitAction(async (c, userId, kitId) => {
        await deps.brandKits.delete(kitId, userId)
        return backToKits(c, 'deleted')
      }),
    )
    .post(
      '/account/brand-kits/:id/logo',
      kitAction(async (c, userId, kitId) => {
        const t = contextFor(c, deps).t
        if (!deps.logos) return show(c, { notice: { kind: 'error', text: t.brand.noUploads } }, 503)
        const file = (await c.req.parseBody()).logo
        if (!(file instanceof File)) return show(c, { notice: { kind: 'error', text: t.validation.required } }, 422)
        const uploadId = await deps.logos.save(userId, new Uint8Array(await file.arrayBuffer())).catch((error: unknown) => {
          if (error instanceof HttpError) return error
          throw error
        })
        if (uploadId instanceof HttpError) {
          return show(c, { notice: { kind: 'error', text: uploadId.detail ?? uploadId.title } }, uploadId.status as HtmlStatus)
        }
        const result = await deps.brandKits.setLogo(kitId, userId, uploadId)
        if (result === 'missing') await deps.logos.remove(userId, uploadId)
        else if (result.previous) await deps.logos.remove(userId, result.previous)
        return backToKits(c, 'logo')
      }),
    )
    .post(
      '/account/brand-kits/:id/logo/delete',
      kitAction(async (c, userId, kitId) => {
        const result = await deps.brandKits.setLogo(kitId, userId, null)
        if (result !== 'missing' && result.previous) await deps.logos?.remove(userId, result.previous)
        return backToKits(c, 'logo-removed')
      }),
    )
    .post('/account/language', async (c) => {
      const session = c.get('session')
      if (!session) return loginRedirect(c)
      const parsed = languageSchema.safeParse((await readForm(c)).language)
      if (!parsed.success) return show(c, { errors: { language: parsed.error.issues[0]?.message } }, 422)
      await deps.accounts.changeLanguage(session.user.id, parsed.data)
      return seeOther(c, '/account?saved=1')
    })
    .post('/account/password', async (c) => {
      const session = c.get('session')
      if (!session) return loginRedirect(c)
      const t = contextFor(c, deps).t
      const parsed = changePasswordSchema.safeParse(await readForm(c))
      if (!parsed.success) return show(c, { errors: formErrors(parsed.error, t) }, 422)
      if (!(await takeSignInAttempt(c, deps.loginLimiter, deps.clientIp(c), session.user.email)).allowed) {
        return show(c, { notice: { kind: 'error', text: t.auth.tooMany } }, 429)
      }
      const result = await deps.accounts.changePassword(session.user.id, session.token, parsed.data)
      if (!result.ok)
        return show(
          c,
          { notice: { kind: 'error', text: t.account.wrongPassword }, errors: { currentPassword: t.account.wrongPassword } },
          403,
        )
      return show(c, { notice: { kind: 'ok', text: t.account.passwordChanged } })
    })
}
