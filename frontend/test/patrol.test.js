import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionsFor, geoUri, nextStop, progress, withOutcome, withQueued } from '../js/patrol/stops.js';
import { createTrackBatcher } from '../js/patrol/track-batcher.js';
import { createOutbox, memoryStore } from '../js/patrol/outbox.js';

const patrol = {
  status: 'in_progress',
  stops: [
    { order: 1, siteName: 'Làng nghề Văn Môn', lat: 21.1483, lon: 106.0712, outcome: { outcome: 'visited' } },
    { order: 2, siteName: 'Cơ sở tái chế nhôm', lat: 21.15, lon: 106.08, outcome: null },
    { order: 3, siteName: 'Xưởng giấy', lat: 21.16, lon: 106.09, outcome: null },
  ],
};

test('the next stop is the first one in plan order without an outcome', () => {
  assert.equal(nextStop(patrol).order, 2);
  assert.equal(nextStop(withOutcome(patrol, 2, { outcome: 'not_reachable' })).order, 3);
  const all = withOutcome(withOutcome(patrol, 2, { outcome: 'visited' }), 3, { outcome: 'visited' });
  assert.equal(nextStop(all), null);
  assert.deepEqual(progress(all), { done: 3, visited: 3, total: 3 });
  assert.deepEqual(progress(withOutcome(patrol, 2, { outcome: 'not_reachable' })), { done: 2, visited: 1, total: 3 });
});

test('a geo: URI puts latitude first and carries the site name as its label', () => {
  assert.equal(geoUri(patrol.stops[0]),
    'geo:21.148300,106.071200?q=21.148300,106.071200(L%C3%A0ng%20ngh%E1%BB%81%20V%C4%83n%20M%C3%B4n)');
  assert.equal(geoUri({ lat: 21, lon: 106 }), 'geo:21.000000,106.000000?q=21.000000,106.000000');
});

test('what the page offers follows the life cycle', () => {
  assert.deepEqual(actionsFor('planned'), { start: true, record: false, track: false, finish: false });
  assert.deepEqual(actionsFor('in_progress'), { start: false, record: true, track: true, finish: true });
  assert.deepEqual(actionsFor('done'), { start: false, record: false, track: false, finish: false });
});

test('positions are sealed into batches by count and by age, each with its own key once', () => {
  let n = 0;
  const batcher = createTrackBatcher({ size: 3, maxAgeMs: 60_000, newKey: () => `k${++n}` });
  const at = (i) => `2026-11-30T08:0${i}:00Z`;
  assert.equal(batcher.add({ lon: 106, lat: 21, accuracy: 10, recordedAt: at(0) }, 0), null);
  assert.equal(batcher.add({ lon: 106.001, lat: 21, accuracy: 10, recordedAt: at(1) }, 1000), null);
  const first = batcher.add({ lon: 106.002, lat: 21, accuracy: 10, recordedAt: at(2) }, 2000);
  assert.equal(first.key, 'k1');
  assert.equal(first.points.length, 3);
  assert.equal(batcher.pending(), 0);
  batcher.add({ lon: 106.003, lat: 21, recordedAt: at(3) }, 10_000);
  const aged = batcher.add({ lon: 106.004, lat: 21, recordedAt: at(4) }, 70_000);
  assert.equal(aged.key, 'k2');
  assert.deepEqual(aged.points.map((p) => p.accuracy), [null, null]);
  assert.equal(batcher.seal(), null);
});

test('imprecise, impossible and repeated positions are left out', () => {
  const batcher = createTrackBatcher({ size: 10, minAccuracyM: 50, newKey: () => 'k' });
  batcher.add({ lon: 106, lat: 21, accuracy: 500, recordedAt: 't1' }, 0);
  batcher.add({ lon: 200, lat: 21, accuracy: 5, recordedAt: 't2' }, 0);
  batcher.add({ lon: NaN, lat: 21, recordedAt: 't3' }, 0);
  batcher.add({ lon: 106, lat: 21, accuracy: 5, recordedAt: 't4' }, 0);
  batcher.add({ lon: 106, lat: 21, accuracy: 5, recordedAt: 't4' }, 0);
  assert.equal(batcher.pending(), 1);
});

/** A sender that answers from a script: 'ok', or an error {status, errors}. */
function scripted(answers) {
  const sent = [];
  return {
    sent,
    send: async (item) => {
      sent.push(item.id);
      const answer = answers.shift() ?? 'ok';
      if (answer === 'ok') return {};
      throw Object.assign(new Error('refused'), answer);
    },
  };
}

test('the outbox sends in the order recorded and keeps what a lost connection did not deliver', async () => {
  const store = memoryStore();
  const sender = scripted(['ok', { status: 0 }]);
  const outbox = createOutbox({ store, send: sender.send });
  await outbox.enqueue({ id: 'a', kind: 'track', queuedAt: 1 });
  await outbox.enqueue({ id: 'b', kind: 'outcome', queuedAt: 2 });
  await outbox.enqueue({ id: 'c', kind: 'track', queuedAt: 3 });
  assert.deepEqual(await outbox.flush(), { sent: 1, failed: 0, left: 2 });
  assert.deepEqual(await outbox.counts(), { queued: 2, failed: 0 });
  assert.deepEqual(await outbox.flush(), { sent: 2, failed: 0, left: 0 });
  assert.deepEqual(sender.sent, ['a', 'b', 'b', 'c']);
  assert.deepEqual(await outbox.counts(), { queued: 0, failed: 0 });
});

test('an outcome the service already has leaves the outbox; a refusal is set aside without blocking', async () => {
  const store = memoryStore();
  const sender = scripted([{ status: 409, errors: [{ code: 'patrol.stop.already-recorded' }] },
    { status: 400, detail: 'bad point' }, 'ok']);
  const outbox = createOutbox({ store, send: sender.send });
  await outbox.enqueue({ id: 'a', kind: 'outcome', queuedAt: 1 });
  await outbox.enqueue({ id: 'b', kind: 'track', queuedAt: 2 });
  await outbox.enqueue({ id: 'c', kind: 'track', queuedAt: 3 });
  assert.deepEqual(await outbox.flush(), { sent: 2, failed: 1, left: 0 });
  const failed = (await store.all()).find((item) => item.state === 'failed');
  assert.equal(failed.id, 'b');
  assert.equal(failed.reason, 'bad point');
});

test('two flushes at once send each item once', async () => {
  const store = memoryStore();
  const sender = scripted([]);
  const outbox = createOutbox({ store, send: sender.send });
  await outbox.enqueue({ id: 'a', kind: 'track', queuedAt: 1 });
  await outbox.enqueue({ id: 'b', kind: 'track', queuedAt: 2 });
  await Promise.all([outbox.flush(), outbox.flush()]);
  assert.deepEqual(sender.sent, ['a', 'b']);
});

test('opened again, the outcomes still waiting on the phone count as recorded, and only those of this patrol', () => {
  const mine = { ...patrol, id: 7 };
  const items = [
    { id: 'outcome-7-2', kind: 'outcome', patrolId: 7, order: 2, state: 'queued',
      body: { outcome: 'not_reachable', found: null, recordedAt: '2026-11-30T08:00:00Z' } },
    { id: 'outcome-8-3', kind: 'outcome', patrolId: 8, order: 3, state: 'queued', body: { outcome: 'visited' } },
    { id: 'outcome-7-3', kind: 'outcome', patrolId: 7, order: 3, state: 'failed', body: { outcome: 'visited' } },
    { id: 'track-1', kind: 'track', patrolId: 7, state: 'queued', body: { points: [] } },
    // stop 1 has the service's outcome: what waits does not replace it
    { id: 'outcome-7-1', kind: 'outcome', patrolId: 7, order: 1, state: 'queued', body: { outcome: 'not_reachable' } },
  ];
  const shown = withQueued(mine, items);
  assert.equal(nextStop(shown).order, 3);
  assert.equal(shown.stops[0].outcome.outcome, 'visited');
  assert.deepEqual(shown.stops[1].outcome, { outcome: 'not_reachable', found: null, recordedAt: '2026-11-30T08:00:00Z' });
  assert.deepEqual(withQueued(mine, []), mine);
});
