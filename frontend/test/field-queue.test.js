import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQueue, retryable, waitingCount } from '../js/field/queue.js';
import { createSender, observationRequest } from '../js/field/send.js';

// the phone's storage as the queue sees it, kept in a Map (the page keeps it in IndexedDB)
function memoryStore() {
  const items = new Map();
  return {
    items,
    all: async () => [...items.values()].map((item) => structuredClone(item)),
    put: async (item) => { items.set(item.key, structuredClone(item)); },
    remove: async (key) => { items.delete(key); },
  };
}

let counter = 0;
const uuid = () => `key-${(counter += 1)}`;
const clock = () => { let t = Date.parse('2026-11-30T07:00:00Z'); return () => new Date((t += 1000)); };
const photo = (name) => ({ name, type: 'image/jpeg', blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' }) });
const offline = () => Promise.reject(Object.assign(new Error('Failed to fetch'), { status: 0 }));

// A service that stores an observation once per Idempotency-Key, as the API promises, and can lose its answers.
function service({ loseAnswers = 0 } = {}) {
  const stored = new Map();
  let lost = loseAnswers;
  return {
    stored,
    calls: [],
    fetch: async function fetch(url, init) {
      this.calls.push({ url, key: init.headers['Idempotency-Key'] });
      const key = init.headers['Idempotency-Key'];
      if (!stored.has(key)) stored.set(key, { id: stored.size + 1, url, observation: JSON.parse(await init.body.get('observation').text()) });
      if (lost > 0) {
        lost -= 1;
        throw new TypeError('Failed to fetch');
      }
      return new Response(JSON.stringify({ id: stored.get(key).id }), { status: 201, headers: { 'Content-Type': 'application/json' } });
    },
  };
}

test('an observation recorded offline waits with its key, and is sent once when the connection is back', async () => {
  const store = memoryStore();
  let online = false;
  const api = service();
  const send = createSender({ fetch: (url, init) => (online ? api.fetch(url, init) : offline()), xsrf: () => 'tok', lang: () => 'vi' });
  const queue = createQueue({ store, send, uuid, now: clock() });
  const item = await queue.add({ siteId: 12, siteName: 'Xưởng A', observation: { findings: ['working'] }, photos: [photo('a.jpg')] });

  assert.equal(await queue.flush(), false);
  let [waiting] = await queue.list();
  assert.equal(waiting.state, 'waiting');
  assert.equal(waiting.key, item.key);
  assert.equal(waiting.attempts, 1);
  assert.equal(waiting.error.status, 0);
  assert.equal(waiting.photos.length, 1, 'the photo stays on the phone until sent');
  assert.equal(waitingCount(await queue.list()), 1);

  online = true;
  assert.equal(await queue.flush(), true);
  assert.equal(await queue.flush(), true);
  const [sent] = await queue.list();
  assert.equal(sent.state, 'sent');
  assert.deepEqual(sent.result, { id: 1 });
  assert.equal(sent.photos.length, 0);
  assert.equal(sent.photoCount, 1);
  assert.equal(api.calls.length, 1, 'sent once, not again on the second flush');
  assert.equal(api.calls[0].url, '/api/v1/sites/12/observations');
  assert.equal(api.calls[0].key, item.key);
});

test('a lost answer is repeated with the same key, and the service keeps one observation', async () => {
  const api = service({ loseAnswers: 2 });
  const queue = createQueue({ store: memoryStore(), send: createSender({ fetch: (u, i) => api.fetch(u, i), xsrf: () => '', lang: () => 'vi' }),
    uuid, now: clock() });
  const item = await queue.add({ siteId: 3, observation: { findings: [] } });
  await queue.flush();
  await queue.flush();
  await queue.flush();
  assert.deepEqual(api.calls.map((call) => call.key), [item.key, item.key, item.key]);
  assert.equal(api.stored.size, 1);
  assert.equal((await queue.list())[0].state, 'sent');
  assert.equal((await queue.list())[0].attempts, 3);
});

test('flushes that overlap send each observation once, in the order recorded', async () => {
  const api = service();
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  const send = createSender({ fetch: async (u, i) => { await gate; return api.fetch(u, i); }, xsrf: () => '', lang: () => 'vi' });
  const queue = createQueue({ store: memoryStore(), send, uuid, now: clock() });
  const first = await queue.add({ siteId: 1, observation: {} });
  const second = await queue.add({ siteId: null, observation: {} });
  const flushes = [queue.flush(), queue.flush(), queue.flush()];
  release();
  await Promise.all(flushes);
  assert.deepEqual(api.calls.map((call) => call.key), [first.key, second.key]);
  assert.equal(api.calls[1].url, '/api/v1/observations', 'a site not on the list goes to the observations without a site');
});

test('a refusal is final and shown with its reason; the ones after it are still sent', async () => {
  const answers = [
    new Response(JSON.stringify({ status: 400, detail: 'Bad', errors: [{ field: 'photos', messageVi: 'Ảnh không hợp lệ', messageEn: 'Not a photo' }] }),
      { status: 400, headers: { 'Content-Type': 'application/problem+json' } }),
    new Response(JSON.stringify({ id: 9 }), { status: 201 }),
  ];
  const queue = createQueue({ store: memoryStore(), send: createSender({ fetch: async () => answers.shift(), xsrf: () => '', lang: () => 'en' }),
    uuid, now: clock() });
  const bad = await queue.add({ siteId: 1, observation: {} });
  await queue.add({ siteId: 2, observation: {} });
  await queue.flush();
  const [refused, sent] = await queue.list();
  assert.equal(refused.state, 'failed');
  assert.deepEqual(refused.error, { status: 400, message: 'Not a photo' });
  assert.equal(sent.state, 'sent');
  await queue.retry(bad.key);
  assert.equal((await queue.list())[0].state, 'waiting');
  assert.equal((await queue.list())[0].key, bad.key, 'a retried observation keeps its key');
  await queue.discard(bad.key);
  assert.equal((await queue.list()).length, 1);
});

test('what counts as "try again later"', () => {
  for (const status of [0, 401, 408, 409, 429, 500, 503]) assert.equal(retryable({ status }), true, String(status));
  for (const status of [400, 403, 404, 413, 415, 422]) assert.equal(retryable({ status }), false, String(status));
});

test('old sent observations are let go, the waiting ones never', async () => {
  const queue = createQueue({ store: memoryStore(), send: async () => ({ id: 1 }), uuid, now: clock(), keepSent: 2 });
  for (let i = 0; i < 4; i += 1) await queue.add({ siteId: i, observation: {} });
  await queue.flush();
  await queue.add({ siteId: 9, observation: {} });
  const items = await queue.list();
  assert.deepEqual(items.map((item) => [item.siteId, item.state]), [[2, 'sent'], [3, 'sent'], [9, 'waiting']]);
});

test('the request: multipart with the observation as JSON, the photos, the key and the XSRF token', async () => {
  const { url, init } = observationRequest({ key: 'k-1', siteId: 7, observation: { findings: ['working'], note: 'Khói' },
    photos: [photo('a.jpg'), photo('b.jpg')] }, { xsrf: 'tok', lang: 'en' });
  assert.equal(url, '/api/v1/sites/7/observations');
  assert.equal(init.method, 'POST');
  assert.equal(init.headers['Idempotency-Key'], 'k-1');
  assert.equal(init.headers['X-XSRF-TOKEN'], 'tok');
  assert.equal(init.headers['Accept-Language'], 'en');
  assert.equal(init.headers['Content-Type'], undefined, 'fetch sets the multipart boundary itself');
  const part = init.body.get('observation');
  assert.equal(part.type, 'application/json');
  assert.deepEqual(JSON.parse(await part.text()), { findings: ['working'], note: 'Khói' });
  assert.deepEqual(init.body.getAll('photos').map((file) => [file.name, file.type, file.size]), [['a.jpg', 'image/jpeg', 4], ['b.jpg', 'image/jpeg', 4]]);
});
