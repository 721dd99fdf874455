import { beforeEach, describe, expect, test } from 'bun:test'
import { Window } from 'happy-dom'
import { UPDATE_PROMPT_TEMPLATE_ID } from './constants.ts'
import { showUpdatePrompt } from './update-prompt.ts'

/** A page as the server renders it: the prompt's markup waits, inert, in a <template> (server/pages/layout.tsx). */
const pageWithTemplate = () => {
  const window = new Window()
  window.document.body.innerHTML = `<main>content</main><template id="${UPDATE_PROMPT_TEMPLATE_ID}"><div class="card" role="status"><span>Eine neue Version ist verfügbar.</span> <button type="button">Neu laden</button></div></template>`
  return window.document as unknown as Document
}

describe('showUpdatePrompt', () => {
  let doc: Document
  beforeEach(() => {
    doc = pageWithTemplate()
  })

  test('nothing shows until it is called: the template is inert', () => {
    expect(doc.querySelectorAll('[role="status"]')).toHaveLength(0)
  })

  test('shows the server’s prompt, in the page’s language, at the end of the body', () => {
    expect(showUpdatePrompt(() => {}, doc)).toBe(true)
    const prompt = doc.querySelector('body > [role="status"]')!
    expect(prompt.textContent).toBe('Eine neue Version ist verfügbar. Neu laden')
    expect(doc.body.lastElementChild).toBe(prompt)
  })

  test('shows it once, however often a new version is announced', () => {
    showUpdatePrompt(() => {}, doc)
    showUpdatePrompt(() => {}, doc)
    expect(doc.querySelectorAll('body > [role="status"]')).toHaveLength(1)
  })

  test('the button reloads once: a second click does nothing more', () => {
    let reloads = 0
    showUpdatePrompt(() => reloads++, doc)
    const button = doc.querySelector<HTMLButtonElement>('body > [role="status"] button')!
    button.click()
    button.click()
    expect(reloads).toBe(1)
    expect(button.disabled).toBe(true)
  })

  test('a page without the template (the static offline pages) shows nothing', () => {
    const bare = new Window().document as unknown as Document
    expect(showUpdatePrompt(() => {}, bare)).toBe(false)
    expect(bare.body.children).toHaveLength(0)
  })
})
