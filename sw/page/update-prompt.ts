import { UPDATE_PROMPT_TEMPLATE_ID } from './constants.ts'

const SHOWN = `[data-for="${UPDATE_PROMPT_TEMPLATE_ID}"]`

/**
 * Shows the page's update prompt ("A new version is available — Reload"), cloned from the
 * `<template>` the server rendered in the page's language. Shown at most once; its button calls
 * `onReload` once.
 * @returns false when the page has no template (the static offline pages)
 */
export const showUpdatePrompt = (onReload: () => void, doc: Document = document): boolean => {
  if (doc.querySelector(SHOWN)) return true
  const template = doc.getElementById(UPDATE_PROMPT_TEMPLATE_ID) as HTMLTemplateElement | null
  const prompt = template?.content?.firstElementChild?.cloneNode(true) as HTMLElement | undefined
  if (!prompt) return false
  prompt.dataset.for = UPDATE_PROMPT_TEMPLATE_ID
  const button = prompt.querySelector('button')
  button?.addEventListener('click', () => {
    button.disabled = true
    onReload()
  })
  doc.body.append(prompt)
  return true
}
