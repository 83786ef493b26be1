import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQueue } from '../js/field/queue.js';
import { maySend, needsSignIn } from '../js/field/session.js';

function memoryStore() {
  const items = new Map();
  return {
    all: async () => [...items.values()].map((item) => structuredClone(item)),
    put: async (item) => { items.set(item.key, structuredClone(item)); },
    remove: async (key) => { items.delete(key); },
  };
}

// A service whose session can end: 401 without one, else it stores each Idempotency-Key once.
function service() {
  const stored = new Map();
  return {
    stored,
    calls: 0,
    session: true,
    async send(item) {
      this.calls += 1;
      if (!this.session) throw Object.assign(new Error('Unauthorized'), { status: 401 });
      if (!stored.has(item.key)) stored.set(item.key, { id: stored.size + 1 });
      return stored.get(item.key);
    },
  };
}

let counter = 0;
const uuid = () => `key-${(counter += 1)}`;

test('a send refused for want of a session keeps the observation waiting and asks for a sign-in', async () => {
  const api = service();
  api.session = false;
  const store = memoryStore();
  const queue = createQueue({ store, send: (item) => api.send(item), uuid });
  await queue.add({ siteId: 1, siteName: 'A', observation: { findings: ['working'] } });
  await queue.add({ siteId: 2, siteName: 'B', observation: { findings: ['working'] } });

  assert.equal(await queue.flush(), false);
  const items = await queue.list();
  assert.deepEqual(items.map((item) => item.state), ['waiting', 'waiting']);
  assert.equal(needsSignIn(items), true);
  assert.equal(api.calls, 1, 'the second is not tried: it would get 401 too');
  assert.equal(maySend({ online: true, signedOut: true }), false);

  // signed in again (the page reloads, so the flag is fresh): each is sent, and stored, once
  api.session = true;
  assert.equal(maySend({ online: true, signedOut: false }), true);
  assert.equal(await queue.flush(), true);
  assert.equal(await queue.flush(), true);
  const sent = await queue.list();
  assert.deepEqual(sent.map((item) => item.state), ['sent', 'sent']);
  assert.equal(needsSignIn(sent), false);
  assert.equal(api.stored.size, 2);
  assert.equal(api.calls, 3);
});

test('only a waiting observation refused with 401 asks for a sign-in', () => {
  assert.equal(needsSignIn([]), false);
  assert.equal(needsSignIn([{ state: 'waiting', error: { status: 0 } }]), false);
  assert.equal(needsSignIn([{ state: 'failed', error: { status: 401 } }]), false);
  assert.equal(needsSignIn([{ state: 'sent', error: null }, { state: 'waiting', error: { status: 401 } }]), true);
  assert.equal(maySend({ online: false, signedOut: false }), false);
});
