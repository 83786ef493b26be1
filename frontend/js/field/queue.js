// The phone's outbox of observations: each one is stored first (IndexedDB in the page, a Map in the tests), shown as
// waiting, and sent when there is a connection. Exactly once: its Idempotency-Key is made when it is recorded and
// sent unchanged on every try, so a repeat after a lost answer returns the first result and stores nothing new.
// Pure: the storage, the sender, the clock and the key maker are given.

/** Answers that say "try again later" (no connection, signed out, busy, the service down); others are final. */
export function retryable(error) {
  const status = Number(error?.status ?? 0);
  return status === 0 || status === 401 || status === 408 || status === 409 || status === 425 || status === 429
    || status >= 500;
}

/**
 * @param {{store: {all: () => Promise<object[]>, put: (item: object) => Promise<void>, remove: (key: string) => Promise<void>},
 *          send: (item: object) => Promise<object>, uuid: () => string, now?: () => Date, keepSent?: number,
 *          onChange?: (items: object[]) => void}} options
 *   send: posts one item, resolves with the service's answer, rejects with {status} (0: no connection)
 */
export function createQueue({ store, send, uuid, now = () => new Date(), keepSent = 20, onChange = () => {} }) {
  let flushing = null;

  const sorted = (items) => [...items].sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)));
  const changed = async () => onChange(await list());

  async function list() {
    return sorted(await store.all());
  }

  /**
   * Records an observation to send: {siteId|null, siteName, observation, photos: [{name, type, blob}]}.
   * Its key is fixed here, before any attempt.
   */
  async function add({ siteId = null, siteName = '', observation, photos = [] }) {
    const item = { key: uuid(), siteId, siteName, observation, photos, createdAt: now().toISOString(),
      state: 'waiting', attempts: 0, error: null, result: null, sentAt: null };
    await store.put(item);
    await changed();
    return item;
  }

  async function prune() {
    const sent = (await list()).filter((item) => item.state === 'sent');
    for (const item of sent.slice(0, Math.max(0, sent.length - keepSent))) await store.remove(item.key);
  }

  async function sendWaiting() {
    for (const item of await list()) {
      if (item.state !== 'waiting') continue;
      const attempt = { ...item, attempts: item.attempts + 1 };
      try {
        const result = await send(attempt);
        // the photos are on the service now: the phone keeps only the record that it was sent
        await store.put({ ...attempt, state: 'sent', photos: [], photoCount: item.photos.length, result,
          error: null, sentAt: now().toISOString() });
      } catch (error) {
        const failed = !retryable(error);
        await store.put({ ...attempt, state: failed ? 'failed' : 'waiting',
          error: { status: Number(error?.status ?? 0), message: String(error?.detail || error?.message || '') } });
        await changed();
        // no connection (or no session): the next ones would fail the same way
        if (!failed) return false;
        continue;
      }
      await changed();
    }
    await prune();
    return true;
  }

  /** Sends what waits, one at a time in the order recorded; a second call while one runs joins it. */
  function flush() {
    flushing ??= sendWaiting().finally(() => { flushing = null; });
    return flushing;
  }

  /** Drops an item the service refused (the person read why), or a sent one from the list. */
  async function discard(key) {
    await store.remove(key);
    await changed();
  }

  /** Puts a refused item back in line (after signing in again, say); it keeps its key. */
  async function retry(key) {
    const item = (await store.all()).find((each) => each.key === key);
    if (item && item.state === 'failed') await store.put({ ...item, state: 'waiting', error: null });
    await changed();
  }

  return { add, list, flush, discard, retry };
}

/** How many wait to be sent. */
export const waitingCount = (items) => items.filter((item) => item.state === 'waiting').length;
