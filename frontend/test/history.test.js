import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byDate, countByType, selectEntries } from '../js/util/history.js';

const entries = [
  { type: 'violation', date: '2024-05-01', id: 1 },
  { type: 'status', date: '2023-01-01', id: 2 },
  { type: 'inspection', date: '2024-05-01', id: 3 },
  { type: 'inspection', date: '2025-02-10', id: 4 },
];

test('entries go oldest first and keep their arrival order on the same date', () => {
  assert.deepEqual(byDate(entries).map((e) => e.id), [2, 1, 3, 4]);
  assert.deepEqual(byDate(entries, 'desc').map((e) => e.id), [4, 3, 1, 2]);
});

test('entries are counted by type', () => {
  assert.deepEqual(countByType(entries), { all: 4, violation: 1, inspection: 2, status: 1, location: 0 });
});

test('one type at a time, a page at a time', () => {
  assert.deepEqual(selectEntries(entries, { type: 'inspection' }).shown.map((e) => e.id), [3, 4]);
  const page = selectEntries(entries, { limit: 3 });
  assert.deepEqual(page.shown.map((e) => e.id), [2, 1, 3]);
  assert.equal(page.remaining, 1);
  assert.equal(selectEntries(entries).remaining, 0);
});
