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
import { CsrfField, describedBy, Field, Notice, type FieldErrors } from './ui/field.tsx'

type AccountProps = { ctx: PageContext; usage: UsageCounts; notice?: { kind: 'ok' | 'error'; text: string }; errors?: FieldErrors }

/** Language, password, usage and sign-out. */
export function AccountPage({ ctx, usage, notice, errors = {} }: AccountProps) {
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
    props: Omit<Parameters<typeof AccountPage>[0], 'ctx' | 'usage'> = {},
    status: HtmlStatus = 200,
  ) => {
    const ctx = contextFor(c, deps)
    if (!ctx.session) return loginRedirect(c)
    const { total } = await deps.usage.forUser(ctx.session.user.id)
    return sendPage(
      c,
      deps,
      ctx,
      <AccountPage ctx={ctx} usage={total} {...props} />,
      { title: `${ctx.t.account.title} · Reelsmith`, lang: ctx.lang },
      status,
    )
  }
  return new Hono<AppEnv>()
    .get('/account', (c) => show(c, c.req.query('saved') ? { notice: { kind: 'ok', text: contextFor(c, deps).t.account.saved } } : {}))
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
