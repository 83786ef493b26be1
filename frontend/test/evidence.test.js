import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citableObservations, citationsFrom, confirmationChoices, confirmationsFrom, photoKey, withEvidence }
  from '../js/evidence/evidence-logic.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

test('the observations of a history, newest first, with their photos', () => {
  const entries = [
    { type: 'inspection', id: 3, date: '2026-11-20' },
    { type: 'observation', id: 5, date: '2026-11-01', siteId: 9, photos: [A], findings: ['working'] },
    { type: 'observation', id: 7, date: '2026-11-10', siteId: 10, siteName: 'Hộ A' },
  ];
  assert.deepEqual(citableObservations(entries).map((o) => [o.id, o.photos.length, o.findings.length]),
    [[7, 0, 0], [5, 1, 1]]);
  assert.deepEqual(citableObservations(undefined), []);
});

test('a photo ticked cites the photo; an observation ticked alone cites the observation', () => {
  assert.deepEqual(citationsFrom({ o5: true, [photoKey(5, A)]: true, [photoKey(5, B)]: false, o7: true }), [
    { observationId: 5, photoSha256: A },
    { observationId: 7 },
  ]);
  // a photo ticked without its observation still cites it; two photos are two citations
  assert.deepEqual(citationsFrom({ o5: false, [photoKey(5, A)]: true, [photoKey(5, B)]: true }), [
    { observationId: 5, photoSha256: A },
    { observationId: 5, photoSha256: B },
  ]);
  assert.deepEqual(citationsFrom({ o5: false, other: true, 'p5_nothex': true }), []);
});

test('the form body: ticks become evidence lists, empty ones are left out', () => {
  const body = withEvidence({ siteId: 1, cite: { o5: true }, violations: [
    { category: 'x', cite: { [photoKey(5, A)]: true } }, { category: 'y', cite: { o5: false } }, { category: 'z' }] });
  assert.deepEqual(body, { siteId: 1, evidence: [{ observationId: 5 }], violations: [
    { category: 'x', evidence: [{ observationId: 5, photoSha256: A }] }, { category: 'y' }, { category: 'z' }] });
  assert.deepEqual(withEvidence({ siteId: 1 }), { siteId: 1 });
});

test('a tip is confirmed by observations, inspections and status changes of its site, each linked once', () => {
  const choices = confirmationChoices([
    { type: 'observation', id: 5, date: '2026-11-01' }, { type: 'inspection', id: 3, date: '2026-11-20' },
    { type: 'status', id: 8, date: '2026-10-01' }, { type: 'violation', id: 4, date: '2026-11-20' },
  ]);
  assert.deepEqual(choices.map((c) => `${c.kind}:${c.id}`), ['inspection:3', 'observation:5', 'status_event:8']);
  assert.deepEqual(confirmationsFrom({ 'observation:5': true, 'inspection:3': true, 'status_event:8': false, 'x:1': true },
    [{ kind: 'inspection', id: 3 }]), [{ kind: 'observation', id: 5 }]);
});
