import { Layout } from './layout.tsx'

type ErrorPageProps = { status: number; title: string; detail?: string }

/** The page for 404 and every other error a browser navigation can meet. */
export function ErrorPage({ status, title, detail }: ErrorPageProps) {
  return (
    <Layout>
      <section class="hero error-page">
        <p class="error-code">{status}</p>
        <h1>{title}</h1>
        <p class="lead">{detail ?? (status === 404 ? 'There is nothing at this address.' : 'Please try again in a moment.')}</p>
        <p>
          <a class="btn btn-primary" href="/">
            Back to the start
          </a>
        </p>
      </section>
    </Layout>
  )
}
