// What the phone has recorded and the service has not yet confirmed: outcomes and track batches, kept in a store
// (IndexedDB on the phone) and sent in the order recorded, each exactly once. An item leaves the outbox when the
// service has it: a 2xx, or the answer that it already had it (a track batch's key seen before comes back 200; an
// outcome already recorded comes back 409 patrol.stop.already-recorded). A lost connection keeps it for later; an
// item the service refuses for good (4xx) is set aside with the reason, so it does not block those behind it. Pure:
// the store and the sender are given.

/**
 * @param {{store: {all(): Promise<object[]>, put(item: object): Promise<void>, remove(id: string): Promise<void>},
 *          send: (item: object) => Promise<object>}} options
 *   an item: {id (unique, also the Idempotency-Key of a track batch), kind: 'outcome'|'track', patrolId, body, ...}
 */
export function createOutbox({ store, send }) {
  let flushing = null;

  async function enqueue(item) {
    await store.put({ ...item, queuedAt: item.queuedAt ?? Date.now(), state: 'queued' });
  }

  /** Sends what is queued, oldest first; {sent, failed, left} (left: kept for a later try). */
  function flush() {
    // one flush at a time: a second call waits for the running one instead of sending the same items twice
    if (!flushing) flushing = run().finally(() => { flushing = null; });
    return flushing;
  }

  async function run() {
    const result = { sent: 0, failed: 0, left: 0 };
    const items = (await store.all()).filter((item) => item.state === 'queued')
      .sort((a, b) => a.queuedAt - b.queuedAt);
    for (const [index, item] of items.entries()) {
      try {
        await send(item);
        await store.remove(item.id);
        result.sent += 1;
      } catch (error) {
        if (alreadyThere(item, error)) {
          await store.remove(item.id);
          result.sent += 1;
        } else if (permanent(error)) {
          await store.put({ ...item, state: 'failed', reason: error.detail ?? error.message });
          result.failed += 1;
        } else {
          result.left = items.length - index;
          break;
        }
      }
    }
    return result;
  }

  async function counts() {
    const items = await store.all();
    return { queued: items.filter((i) => i.state === 'queued').length,
      failed: items.filter((i) => i.state === 'failed').length };
  }

  return { enqueue, flush, counts };
}

function alreadyThere(item, error) {
  return item.kind === 'outcome' && error.status === 409
    && (error.errors ?? []).some((e) => e.code === 'patrol.stop.already-recorded');
}

/** A refusal that will not change on a retry; 0 (no connection), 408, 429 and 5xx may. */
function permanent(error) {
  const status = error?.status ?? 0;
  return status >= 400 && status < 500 && status !== 408 && status !== 429 && status !== 401;
}

/** A store in memory (tests, and the phone when IndexedDB is unavailable). */
export function memoryStore() {
  const items = new Map();
  return {
    all: async () => [...items.values()].map((item) => ({ ...item })),
    put: async (item) => { items.set(item.id, { ...item }); },
    remove: async (id) => { items.delete(id); },
  };
}
