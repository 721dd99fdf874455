import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, readPage, uniqueEmail } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

/** The account page's brand kits: plain forms to create, save and delete, validated as the API is. */

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const signedIn = async () => {
  const person = createBrowser(t.app)
  await person.signUp(uniqueEmail('kits'))
  return person
}

const KIT_FORM = {
  name: 'Night Market',
  palette: '#101820, #F2AA4C,#e94560',
  paletteLock: 'on',
  captionPreset: 'karaoke',
  captionFont: 'rounded',
  captionColour: '#fafafa',
  captionScale: '1.2',
  captionPosition: 'bottom',
  captionBox: 'on',
  introText: 'Night Market presents',
  outroText: 'See you on Friday',
}

describe('brand kits on the account page', () => {
  test('a new kit from the form: 303 back to the kits, then listed with its values and the API agrees', async () => {
    const person = await signedIn()
    const res = await person.form('/account/brand-kits', KIT_FORM)
    expect([res.status, res.headers.get('Location')]).toEqual([303, '/account?kit=created#brand-kits'])
    const page = await readPage(await person.page('/account?kit=created'))
    expect(page.document.querySelector('.notice-ok')?.textContent).toBe('Brand kit created.')
    expect(page.document.querySelector('.brand-kit h3')?.textContent).toContain('Night Market')
    const [kit] = ((await (await person.json('GET', '/api/brand-kits')).json()) as { items: Record<string, unknown>[] }).items
    expect(kit).toMatchObject({
      name: 'Night Market',
      palette: ['#101820', '#f2aa4c', '#e94560'],
      paletteLock: true,
      caption: { preset: 'karaoke', font: 'rounded', colour: '#fafafa', scale: 1.2, position: 'bottom', box: true, outline: false },
      introText: 'Night Market presents',
      outroText: 'See you on Friday',
    })
    const form = `form[action="/account/brand-kits/${kit!.id}"]`
    expect(page.field('palette', form)).toBe('#101820, #f2aa4c, #e94560')
    expect(page.document.querySelector(`${form} select[name="captionFont"] option[selected]`)?.getAttribute('value')).toBe('rounded')
  })

  test('bad values: 422, the form keeps what was typed and names each field, nothing stored', async () => {
    const person = await signedIn()
    const res = await person.form('/account/brand-kits', { ...KIT_FORM, name: '', palette: '#12, blue', captionPreset: 'comic' })
    expect(res.status).toBe(422)
    const page = await readPage(res)
    for (const field of ['name', 'palette', 'captionPreset']) {
      expect(page.document.querySelector(`#kit-new-${field}-error`)).not.toBeNull()
    }
    expect(page.field('palette', 'form[action="/account/brand-kits"]')).toBe('#12, blue')
    expect(((await (await person.json('GET', '/api/brand-kits')).json()) as { items: unknown[] }).items).toHaveLength(0)
  })

  test('saving and deleting my kit; someone else’s kit is a 404 and stays as it was', async () => {
    const owner = await signedIn()
    const other = await signedIn()
    await owner.form('/account/brand-kits', KIT_FORM)
    const [kit] = ((await (await owner.json('GET', '/api/brand-kits')).json()) as { items: { id: string }[] }).items
    const saved = await owner.form(`/account/brand-kits/${kit!.id}`, { ...KIT_FORM, name: 'Day Market' })
    expect(saved.headers.get('Location')).toBe('/account?kit=saved#brand-kits')

    for (const path of [
      `/account/brand-kits/${kit!.id}`,
      `/account/brand-kits/${kit!.id}/delete`,
      `/account/brand-kits/${kit!.id}/logo/delete`,
    ]) {
      expect((await other.form(path, { ...KIT_FORM, name: 'Stolen' })).status).toBe(404)
    }
    expect(((await (await owner.json('GET', `/api/brand-kits/${kit!.id}`)).json()) as { name: string }).name).toBe('Day Market')

    const deleted = await owner.form(`/account/brand-kits/${kit!.id}/delete`, {})
    expect(deleted.headers.get('Location')).toBe('/account?kit=deleted#brand-kits')
    expect((await owner.json('GET', `/api/brand-kits/${kit!.id}`)).status).toBe(404)
  })

  test('the notice comes from a known key, never from the URL’s text', async () => {
    const person = await signedIn()
    const page = await readPage(await person.page('/account?kit=%3Cscript%3E'))
    expect(page.document.querySelector('.notice')).toBeNull()
  })
})
