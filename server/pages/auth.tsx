import { Hono, type Context } from 'hono'
import { clearSessionCookie, setSessionCookie, takeSignInAttempt } from '../http/sign-in.ts'
import { readForm } from '../http/body.ts'
import type { AppEnv } from '../http/env.ts'
import type { HtmlStatus } from '../http/page-response.ts'
import { logInSchema, signUpSchema, type SignUpInput } from '../services/accounts.ts'
import { safeNext, type PageContext } from './context.ts'
import { contextFor, seeOther, sendPage, type PageDeps } from './deps.ts'
import { formErrors } from './ui/form-errors.ts'
import { Layout } from './layout.tsx'
import { CsrfField, describedBy, Field, Notice, type FieldErrors } from './ui/field.tsx'
import { LANGUAGES } from '../ai/storyboard.ts'
import { CREATE_FORM_FIELDS } from './create-form.ts'

type AuthPageProps = {
  ctx: PageContext
  mode: 'login' | 'signup'
  next: string
  email?: string
  errors?: FieldErrors
  /** A form-level message (bad credentials, email taken, too many attempts). */
  message?: string
}

/** Sign-in and sign-up: plain forms that work without JavaScript. */
export function AuthPage({ ctx, mode, next, email = '', errors = {}, message }: AuthPageProps) {
  const { t } = ctx
  const signup = mode === 'signup'
  const passwordHint = signup ? t.auth.passwordHint : undefined
  return (
    <Layout ctx={ctx}>
      <section class="auth card narrow">
        <h1>{signup ? t.auth.signUpTitle : t.auth.signInTitle}</h1>
        {message && <Notice kind="error">{message}</Notice>}
        <form method="post" action={signup ? '/signup' : '/login'}>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="next" value={next} />
          <Field id="email" label={t.auth.email} error={errors.email}>
            <input
              id="email"
              name="email"
              type="email"
              autocomplete="email"
              required
              maxLength={254}
              value={email}
              aria-invalid={errors.email ? 'true' : undefined}
              aria-describedby={describedBy('email', undefined, errors.email)}
            />
          </Field>
          <Field id="password" label={t.auth.password} hint={passwordHint} error={errors.password}>
            <input
              id="password"
              name="password"
              type="password"
              autocomplete={signup ? 'new-password' : 'current-password'}
              required
              minLength={signup ? 10 : 1}
              maxLength={200}
              aria-invalid={errors.password ? 'true' : undefined}
              aria-describedby={describedBy('password', passwordHint, errors.password)}
            />
          </Field>
          {signup && (
            <Field id="language" label={t.account.language} hint={t.account.languageHint}>
              <select id="language" name="language">
                {LANGUAGES.map((code) => (
                  <option key={code} value={code} selected={code === ctx.lang}>
                    {t.languages[code]}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <button class="btn btn-primary btn-large" type="submit">
            {signup ? t.auth.signUp : t.auth.signIn}
          </button>
        </form>
        <p class="muted">
          {signup ? t.auth.haveAccount : t.auth.noAccount}{' '}
          <a href={`${signup ? '/login' : '/signup'}?next=${encodeURIComponent(next)}`}>{signup ? t.auth.signIn : t.auth.signUp}</a>
        </p>
      </section>
    </Layout>
  )
}

/** GET/POST /login and /signup, POST /logout: HTML forms over the same accounts service as the API. */
export const authRoutes = (deps: PageDeps) => {
  const show = (
    c: Context<AppEnv>,
    mode: 'login' | 'signup',
    props: Partial<Parameters<typeof AuthPage>[0]> = {},
    status: HtmlStatus = 200,
  ) => {
    const ctx = contextFor(c, deps, true)
    const next = safeNext(props.next ?? c.req.query('next'))
    const title = mode === 'signup' ? ctx.t.auth.signUpTitle : ctx.t.auth.signInTitle
    return sendPage(
      c,
      deps,
      ctx,
      <AuthPage ctx={ctx} mode={mode} next={next} {...props} />,
      { title: `${title} · Reelsmith`, lang: ctx.lang },
      status,
    )
  }

  /** Common to both forms: rate limit, then either a session cookie and a redirect, or the form again. */
  const submit = (mode: 'login' | 'signup') => async (c: Context<AppEnv>) => {
    const form = await readForm(c)
    const next = safeNext(form.next)
    const t = contextFor(c, deps).t
    const parsed = (mode === 'signup' ? signUpSchema : logInSchema).safeParse(form)
    if (!parsed.success) return show(c, mode, { next, email: form.email, errors: formErrors(parsed.error, t) }, 422)
    const attempt = await takeSignInAttempt(
      c,
      mode === 'signup' ? deps.signupLimiter : deps.loginLimiter,
      deps.clientIp(c),
      parsed.data.email,
    )
    if (!attempt.allowed) return show(c, mode, { next, email: form.email, message: t.auth.tooMany }, 429)
    const result = mode === 'signup' ? await deps.accounts.signUp(parsed.data as SignUpInput) : await deps.accounts.logIn(parsed.data)
    if (!result.ok) {
      const message = result.reason === 'email_taken' ? t.auth.emailTaken : t.auth.badCredentials
      return show(c, mode, { next, email: form.email, message }, result.reason === 'email_taken' ? 409 : 401)
    }
    setSessionCookie(c, result.session, deps.secureCookies)
    return seeOther(c, next)
  }

  return new Hono<AppEnv>()
    .get('/login', (c) => (c.get('session') ? seeOther(c, safeNext(c.req.query('next'))) : show(c, 'login')))
    .get('/signup', (c) => {
      if (c.get('session')) return seeOther(c, '/')
      // A draft from the home page rides along and comes back after sign-up.
      const draft = new URLSearchParams(
        Object.entries(c.req.query()).filter(
          ([key]) => key !== 'idempotencyKey' && (CREATE_FORM_FIELDS as readonly string[]).includes(key),
        ),
      )
      return show(c, 'signup', { next: safeNext(c.req.query('next'), draft.size ? `/?${draft}` : '/') })
    })
    .post('/login', submit('login'))
    .post('/signup', submit('signup'))
    .post('/logout', async (c) => {
      const session = c.get('session')
      if (session) await deps.accounts.logOut(session.token, session.user.id)
      clearSessionCookie(c, deps.secureCookies)
      return seeOther(c, '/')
    })
}
