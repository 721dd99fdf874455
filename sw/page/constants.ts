/**
 * Names the server's pages and the page-side worker scripts share (server/pages/layout.tsx and
 * server/render/render.ts write them; sw/page/*.ts read them).
 */

/** The page-side worker client: registration, update prompt, offline replay. Loaded after the page is idle. */
export const SW_CLIENT_URL = '/sw-client.js'

/** The queued page's script. */
export const QUEUED_PAGE_SCRIPT_URL = '/offline-queued.js'

/** A `<template>` in every page with the update prompt's markup, in the page's language. */
export const UPDATE_PROMPT_TEMPLATE_ID = 'rs-update-prompt'

/** The offline page's script: shows the page in the browser's language. */
export const OFFLINE_PAGE_SCRIPT_URL = '/offline.js'
