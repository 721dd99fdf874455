/**
 * Notices a change of person that happened without the sign-in and sign-out forms: a session that
 * expired, a cookie cleared, a sign-out in another browser. Every page from the network says whose
 * it is (PERSON_HEADER); the last marker seen is kept in Cache Storage, since the worker is stopped
 * when idle. A different one, or none kept yet (a worker from before this check), empties the
 * caches of the previous person before the new page is stored.
 */
import { CACHES } from './caches.ts'
import { PERSON_HEADER } from './protocol.ts'

const LAST_PERSON = '/last-person'

export const createPersonCheck =
  (clear: () => Promise<void>) =>
  async (response: Response): Promise<boolean> => {
    const person = response.headers.get(PERSON_HEADER)
    if (!person) return false
    const cache = await caches.open(CACHES.person.name)
    if ((await (await cache.match(LAST_PERSON))?.text()) === person) return false
    await clear()
    await cache.put(LAST_PERSON, new Response(person))
    return true
  }
