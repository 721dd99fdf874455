import type { Context } from 'hono'
import { routePath } from 'hono/route'
import type { JSX } from 'preact'
import type { Repositories } from '../db/index.ts'
import type { AppEnv } from '../http/env.ts'
import { sendRenderedPage, type HtmlStatus } from '../http/page-response.ts'
import type { RateLimiter } from '../http/rate-limit.ts'
import type { Renderer, PageMeta } from '../render/render.ts'
import type { Accounts } from '../services/accounts.ts'
import type { Assistant } from '../services/assistant.ts'
import type { BrandKitService, LogoStore } from '../services/brand-kits.ts'
import type { VideoService } from '../services/videos.ts'
import { pageContext, type PageContext } from './context.ts'

/** What page routes may use. */
export type PageDeps = {
  render: Renderer
  videos: VideoService
  brandKits: BrandKitService
  /** Where logos are stored (the uploads' storage); without it, logo uploads are refused. */
  logos?: LogoStore
  accounts: Accounts
  assistant: Assistant
  usage: Repositories['usage']
  loginLimiter: RateLimiter
  signupLimiter: RateLimiter
  clientIp: (c: Context) => string
  secureCookies: boolean
}

export type PageRoute = (c: Context<AppEnv>) => Response | Promise<Response>

/** The request's page context (language, session, form token). */
export const contextFor = (c: Context<AppEnv>, deps: PageDeps, needsFormToken = false): PageContext =>
  pageContext(c, { secureCookies: deps.secureCookies, needsFormToken })

/** Renders and sends a page; pages for a signed-in person, or carrying a form token, are `private`. */
export const sendPage = (
  c: Context<AppEnv>,
  deps: PageDeps,
  ctx: PageContext,
  page: JSX.Element,
  meta: PageMeta,
  status: HtmlStatus = 200,
) => {
  // The same URL differs by language and by who is signed in.
  const personal = ctx.personal ?? !!ctx.session
  // A page that answered 200 reports its web vitals under the template of the route that rendered it.
  const withRoute = status === 200 && meta.route === undefined ? { ...meta, route: routePath(c) } : meta
  return sendRenderedPage(c, deps.render(page, withRoute), status, { personal })
}

/** 303 See Other: after a form post, the browser GETs the next page (no re-post on reload). */
export const seeOther = (c: Context, location: string) => c.redirect(location, 303)

/** Pages that need a signed-in person send others to the login page, then back. */
export const loginRedirect = (c: Context) =>
  seeOther(c, `/login?next=${encodeURIComponent(c.req.path + (new URL(c.req.url).search || ''))}`)
