// The phone's outbox of field observations as the field page and the patrol page share it: one queue (queue.js) in
// the phone's IndexedDB (idb.js), each observation posted by send.js with its Idempotency-Key, the session's XSRF
// token and the page's language. An observation recorded at a patrol stop is the same record as one from /field, and
// waits in the same outbox.
import { readCookie } from '../access/cookie.js';
import { getLang } from '../i18n.js';
import { openStorage } from './idb.js';
import { createQueue } from './queue.js';
import { createSender } from './send.js';

/**
 * @param {{storage?: {queue: object}, onChange?: (items: object[]) => void}} options storage: openStorage()'s stores
 * @returns the queue: {add, list, flush, discard, retry}
 */
export function createObservationOutbox({ storage = openStorage(), onChange } = {}) {
  return createQueue({
    store: storage.queue,
    send: createSender({ fetch: (url, init) => fetch(url, init), xsrf: () => readCookie(document.cookie, 'XSRF-TOKEN') ?? '',
      lang: getLang }),
    uuid: () => crypto.randomUUID(),
    onChange,
  });
}
