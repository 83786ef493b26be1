import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byDate, countByType, foldRegistrations, isRegistration, membersOf, ofMember, selectEntries, typesOf } from '../js/util/history.js';

const entries = [
  { type: 'violation', date: '2024-05-01', id: 1 },
  { type: 'status', date: '2023-01-01', id: 2 },
  { type: 'inspection', date: '2024-05-01', id: 3 },
  { type: 'inspection', date: '2025-02-10', id: 4 },
];

test('entries go newest first by default, oldest first on request, a date keeping its arrival order', () => {
  assert.deepEqual(byDate(entries).map((e) => e.id), [4, 3, 1, 2]);
  assert.deepEqual(byDate(entries, 'asc').map((e) => e.id), [2, 1, 3, 4]);
});

test('entries are counted by type', () => {
  assert.deepEqual(countByType(entries), { all: 4, violation: 1, inspection: 2, status: 1, location: 0 });
});

test('one type at a time, a page at a time', () => {
  assert.deepEqual(selectEntries(entries, { type: 'inspection' }).shown.map((e) => e.id), [4, 3]);
  const page = selectEntries(entries, { limit: 3, order: 'asc' });
  assert.deepEqual(page.shown.map((e) => e.id), [2, 1, 3]);
  assert.equal(page.remaining, 1);
  assert.equal(selectEntries(entries).remaining, 0);
});

test('a kind the page does not know yet gets its own filter, after the known ones', () => {
  const more = [...entries, { type: 'location', date: '2026-01-02', id: 5 }];
  assert.deepEqual(typesOf(more), ['violation', 'inspection', 'status', 'location']);
  assert.equal(countByType(more).location, 1);
  assert.deepEqual(selectEntries(more, { type: 'location' }).shown.map((e) => e.id), [5]);
});

// a village (site 1) with three members (10, 11, 12): their registrations fold into one line
const village = [
  { type: 'status', date: '2023-01-01', id: 1, siteId: 1, siteName: 'Làng', oldStatus: null, newStatus: 'operating' },
  { type: 'status', date: '2023-01-05', id: 2, siteId: 10, siteName: 'Hộ Bình', oldStatus: null, newStatus: 'operating' },
  { type: 'status', date: '2023-01-09', id: 3, siteId: 11, siteName: 'Hộ An', oldStatus: null, newStatus: 'operating' },
  { type: 'inspection', date: '2023-01-07', id: 4, siteId: 10, siteName: 'Hộ Bình' },
  { type: 'status', date: '2024-03-01', id: 5, siteId: 10, siteName: 'Hộ Bình', oldStatus: 'operating', newStatus: 'suspended' },
  { type: 'status', date: '2023-01-12', id: 6, siteId: 12, siteName: 'Hộ Cúc', oldStatus: null, newStatus: 'operating' },
];

test('a registration is a first status, with none before it', () => {
  assert.deepEqual(village.filter(isRegistration).map((e) => e.id), [1, 2, 3, 6]);
});

test('the members\' registrations fold into one row where the newest of them is; the site\'s own stays', () => {
  const { rows, shown } = selectEntries(village, { siteId: 1 });
  assert.deepEqual(rows.map((row) => (row.fold ? `fold:${row.entries.map((e) => e.id)}` : row.entry.id)),
    [5, 'fold:6,3,2', 4, 1]);
  assert.equal(rows[1].since, '2023-01-05');
  assert.equal(rows[1].date, '2023-01-12');
  assert.equal(shown.length, village.length);
  // one registration alone is not folded
  assert.deepEqual(foldRegistrations(village.slice(0, 2), 1).map((row) => row.entry.id), [1, 2]);
});

test('a page counts a folded line as one row', () => {
  const { rows, remaining } = selectEntries(village, { siteId: 1, limit: 2 });
  assert.equal(rows.length, 2);
  assert.equal(remaining, 2);
});

test('entries of one member, or of the site itself, and the members by name', () => {
  assert.deepEqual(selectEntries(village, { siteId: 1, member: 10 }).shown.map((e) => e.id), [5, 4, 2]);
  assert.deepEqual(selectEntries(village, { siteId: 1, member: '11' }).shown.map((e) => e.id), [3]);
  assert.deepEqual(selectEntries(village, { siteId: 1, member: 'self' }).shown.map((e) => e.id), [1]);
  assert.deepEqual(selectEntries(village, { siteId: 1, type: 'inspection', member: 11 }).shown, []);
  assert.deepEqual(membersOf(village, 1).map((m) => m.name), ['Hộ An', 'Hộ Bình', 'Hộ Cúc']);
  assert.deepEqual(countByType(ofMember(village, 10, 1)), { all: 3, violation: 0, inspection: 1, status: 2, location: 0 });
  assert.equal(ofMember(village, 'all', 1), village);
});
