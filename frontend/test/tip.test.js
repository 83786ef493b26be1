import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FINDINGS, formatReference, payloadOf, problemsOf, todayIn } from '../js/tip/tip-logic.js';

test('a reference code is read leniently and shown in three groups', () => {
  assert.equal(formatReference('7k3q m9xd 2htb'), '7K3Q-M9XD-2HTB');
  assert.equal(formatReference('oil0-0000-0000'), '0110-0000-0000');
  assert.equal(formatReference('ABCU-0000-0000'), null);
  assert.equal(formatReference('ABC'), null);
  assert.equal(formatReference(undefined), null);
});

test('today is the day in Hà Nội, not on the phone', () => {
  // 23:30 UTC on 1 November is 06:30 on 2 November in Hà Nội
  assert.equal(todayIn('Asia/Ho_Chi_Minh', new Date('2026-11-01T23:30:00Z')), '2026-11-02');
  assert.equal(todayIn('Asia/Ho_Chi_Minh', new Date('2026-11-01T16:59:00Z')), '2026-11-01');
});

const draft = (patch = {}) => ({ position: { lon: 106.06056, lat: 21.16714 }, findings: ['working'], seenOn: '2026-11-01',
  anonymous: true, contact: '', ...patch });

test('a draft names each missing part', () => {
  assert.deepEqual(problemsOf(draft(), '2026-11-02'), {});
  assert.deepEqual(Object.keys(problemsOf(draft({ position: null, findings: [] }), '2026-11-02')).sort(), ['findings', 'position']);
  assert.equal(problemsOf(draft({ seenOn: '2026-11-03' }), '2026-11-02').seenOn, 'tip.problem.seenOnFuture');
  assert.equal(problemsOf(draft({ anonymous: false, contact: 'abc' }), '2026-11-02').contact, 'tip.problem.contact');
  assert.deepEqual(problemsOf(draft({ anonymous: false, contact: '0912 345 678' }), '2026-11-02'), {});
  assert.deepEqual(problemsOf(draft({ anonymous: false, contact: 'a@b.vn' }), '2026-11-02'), {});
});

test('an anonymous tip sends no contact, whatever was typed before', () => {
  const body = payloadOf(draft({ contact: '0912345678', findings: ['nobody_there', 'working'], description: '  khói  ' }));
  assert.equal('contact' in body, false);
  assert.deepEqual(body.findings, ['working', 'nobody_there']);
  assert.equal(body.description, 'khói');
  assert.equal(payloadOf(draft({ anonymous: false, contact: ' 0912345678 ' })).contact, '0912345678');
  assert.equal(FINDINGS.length, 7);
});

import { queueQuery, tipActions } from '../js/tip/queue-logic.js';

test('an open tip offers the next steps, a closed one none', () => {
  const received = { id: 3, status: 'received', duplicateCandidates: [7] };
  assert.deepEqual(tipActions(received).map((a) => a.key), ['verifying', 'unfounded', 'duplicateOf']);
  assert.deepEqual(tipActions(received, { editSites: true }).map((a) => a.key),
    ['verifying', 'verifiedNewSite', 'unfounded', 'duplicateOf']);
  assert.deepEqual(tipActions(received).at(-1).change, { status: 'duplicate', duplicateOf: 7 });
  const aboutSite = { id: 4, status: 'verifying', reportedSiteId: 12, duplicateCandidates: [] };
  assert.deepEqual(tipActions(aboutSite, { editSites: true })[0].change, { status: 'verified', siteId: 12 });
  assert.deepEqual(tipActions({ id: 5, status: 'unfounded' }), []);
});

test('the queue asks only for the filters set', () => {
  assert.deepEqual(queueQuery({}), { commune: undefined, status: undefined, overdue: undefined, limit: 500 });
  assert.deepEqual(queueQuery({ commune: '09190', overdueOnly: true }),
    { commune: '09190', status: undefined, overdue: 'true', limit: 500 });
});

import { fitWithin } from '../js/tip/photo-shrink.js';

test('a photo is shrunk within 1280 px, never enlarged', () => {
  assert.deepEqual(fitWithin(4000, 3000), { width: 1280, height: 960 });
  assert.deepEqual(fitWithin(3000, 4000), { width: 960, height: 1280 });
  assert.deepEqual(fitWithin(800, 600), { width: 800, height: 600 });
});
