import type { PageContext } from './context.ts'
import { Layout } from './layout.tsx'

type ErrorPageProps = { ctx: PageContext; status: number; title: string; detail?: string }

/** The page for 404 and every other error a browser navigation can meet. */
export function ErrorPage({ ctx, status, title, detail }: ErrorPageProps) {
  const { t } = ctx
  return (
    <Layout ctx={ctx}>
      <section class="hero error-page">
        <p class="error-code">{status}</p>
        <h1>{title}</h1>
        <p class="lead">{detail ?? (status === 404 ? t.errors.notFoundDetail : t.errors.generic)}</p>
        <p>
          <a class="btn btn-primary" href="/">
            {t.errors.back}
          </a>
        </p>
      </section>
    </Layout>
  )
}
