import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQueue } from '../js/field/queue.js';
import { ObservationWaiting, outcomeBody } from '../js/patrol/cite.js';
import { createOutbox, memoryStore } from '../js/patrol/outbox.js';

const body = { outcome: 'visited', found: 'Lò đang đỏ lửa', recordedAt: '2026-11-30T08:10:00Z' };

test('an outcome cites its observation once the service has it, and waits while it waits', () => {
  const item = { body, observationKey: 'obs-1' };
  assert.throws(() => outcomeBody(item, [{ key: 'obs-1', state: 'waiting' }]), ObservationWaiting);
  // no longer on the phone: sent without it
  assert.equal(outcomeBody(item, []).observationId, undefined);
  assert.deepEqual(outcomeBody(item, [{ key: 'obs-1', state: 'sent', result: { id: 42 } }]), { ...body, observationId: 42 });
  // refused for good: the visit is still recorded, without the citation
  assert.deepEqual(outcomeBody(item, [{ key: 'obs-1', state: 'failed' }]), body);
  assert.deepEqual(outcomeBody({ body }, [{ key: 'obs-1', state: 'sent', result: { id: 42 } }]), body);
  try {
    outcomeBody(item, [{ key: 'obs-1', state: 'waiting' }]);
  } catch (error) {
    // kept like a lost connection: the outbox tries again later
    assert.equal(error.status, 0);
  }
});

// The service as the phone sees it: an observation stored once per Idempotency-Key, an outcome once per stop (a
// second answers 409 patrol.stop.already-recorded), and no connection while `offline` is set.
function service() {
  const state = { offline: true, observations: new Map(), outcomes: new Map(), calls: [] };
  const down = () => Object.assign(new Error('Failed to fetch'), { status: 0 });
  state.sendObservation = async (item) => {
    state.calls.push(`observation:${item.key}`);
    if (state.offline) throw down();
    if (!state.observations.has(item.key)) state.observations.set(item.key, { id: 100 + state.observations.size, ...item.observation });
    return { id: state.observations.get(item.key).id };
  };
  state.sendOutcome = async (order, json) => {
    state.calls.push(`outcome:${order}`);
    if (state.offline) throw down();
    if (state.outcomes.has(order)) {
      throw Object.assign(new Error('conflict'), { status: 409, errors: [{ code: 'patrol.stop.already-recorded' }] });
    }
    state.outcomes.set(order, json);
    return { id: order };
  };
  return state;
}

test('offline, the observation and the outcome wait; back online they are sent in order, once, the outcome citing it', async () => {
  const api = service();
  let n = 0;
  const observations = createQueue({ store: (() => {
    const items = new Map();
    return { all: async () => [...items.values()].map((i) => structuredClone(i)), put: async (i) => { items.set(i.key, structuredClone(i)); },
      remove: async (k) => { items.delete(k); } };
  })(), send: api.sendObservation, uuid: () => `obs-${(n += 1)}` });
  const outbox = createOutbox({ store: memoryStore(), send: async (item) => api.sendOutcome(item.order,
    outcomeBody(item, await observations.list())) });
  const flush = () => observations.flush().then(() => outbox.flush());

  const observation = await observations.add({ siteId: 7, siteName: 'Lò nấu nhôm', observation: { note: 'Khói đen' } });
  await outbox.enqueue({ id: 'outcome-1-1', kind: 'outcome', patrolId: 1, order: 1, body, observationKey: observation.key,
    queuedAt: 1 });
  await flush();
  await flush();
  assert.equal(api.observations.size, 0);
  assert.equal(api.outcomes.size, 0);
  assert.deepEqual(await outbox.counts(), { queued: 1, failed: 0 });

  api.offline = false;
  const offlineCalls = api.calls.length;
  // the outbox alone first (a track recorder's flush, say): the outcome waits for its observation, nothing is sent
  assert.deepEqual(await outbox.flush(), { sent: 0, failed: 0, left: 1 });
  assert.equal(api.outcomes.size, 0);
  await Promise.all([flush(), flush()]);
  await flush();
  assert.equal(api.observations.size, 1);
  assert.deepEqual(api.outcomes.get(1), { ...body, observationId: 100 });
  assert.deepEqual(await outbox.counts(), { queued: 0, failed: 0 });
  // online: the observation once, then the outcome once
  assert.deepEqual(api.calls.slice(offlineCalls), [`observation:${observation.key}`, 'outcome:1']);
});
