import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysPhrase, groupTodo, neighbourCodes, TODO_KINDS } from '../js/commune/todo.js';
import { formatLatLon, geoUri, pointOf, precisionMetres, zoomFor } from '../js/util/coords.js';

test('the to-do items of several communes are grouped by kind in a fixed order', () => {
  const lists = [
    { code: '09190', name: 'Võ Cường', items: [{ kind: 'check-suspended', siteId: 3 }, { kind: 'deadline-overdue', siteId: 1 }] },
    { code: '09238', name: 'Văn Môn', items: [{ kind: 'deadline-overdue', siteId: 2 }, { kind: 'something-new', siteId: 4 }] },
  ];
  const groups = groupTodo(lists);
  assert.deepEqual(groups.map((g) => g.kind), ['deadline-overdue', 'check-suspended', 'something-new']);
  assert.deepEqual(groups[0].items.map((i) => [i.siteId, i.communeName]), [[1, 'Võ Cường'], [2, 'Văn Môn']]);
  assert.equal(TODO_KINDS[0], 'deadline-overdue');
  assert.deepEqual(groupTodo([{ items: [] }]), []);
});

test('neighbours are the communes around, never the user\'s own', () => {
  const lists = [{ neighbours: [{ code: '09238' }, { code: '09187' }] }, { neighbours: [{ code: '09190' }, { code: '09187' }] }];
  assert.deepEqual(neighbourCodes(lists, ['09190', '09238']), ['09187']);
});

test('days read as today, in n days or n days ago', () => {
  assert.deepEqual(daysPhrase(0), { key: 'communeView.days.today', n: 0 });
  assert.deepEqual(daysPhrase(10), { key: 'communeView.days.in', n: 10 });
  assert.deepEqual(daysPhrase(-5), { key: 'communeView.days.ago', n: 5 });
  assert.equal(daysPhrase(null), null);
});

test('a point is its own coordinates; an area gives the centre of its bounding box', () => {
  assert.deepEqual(pointOf({ type: 'Point', coordinates: [106.06, 21.16] }), [106.06, 21.16]);
  assert.deepEqual(pointOf({ type: 'Polygon', coordinates: [[[106, 21], [106.2, 21], [106.2, 21.4], [106, 21]]] }), [106.1, 21.2]);
  assert.deepEqual(pointOf({ type: 'MultiPolygon', coordinates: [[[[1, 1], [3, 1], [3, 3], [1, 1]]]] }), [2, 2]);
  assert.equal(pointOf(null), null);
  assert.equal(formatLatLon([106.060561, 21.167142]), '21.16714, 106.06056');
});

test('geo: URIs give latitude first, the uncertainty in metres when known and a zoom (RFC 5870)', () => {
  assert.equal(geoUri([106.06056, 21.16714]), 'geo:21.167140,106.060560?z=17');
  assert.equal(geoUri([106.06056, 21.16714], { metres: 2400, zoom: 11 }), 'geo:21.167140,106.060560;u=2400?z=11');
});

test('the metres of a precision note, in English or Vietnamese', () => {
  assert.equal(precisionMetres('approx: representative point of 2025 commune polygon 09190 (area 18 km2, radius ~2.4 km); NOT the site location'), 2400);
  assert.equal(precisionMetres('gần đúng: điểm đại diện (diện tích 18 km², bán kính ~2,4 km)'), 2400);
  assert.equal(precisionMetres('surveyed ± 30 m'), 30);
  assert.equal(precisionMetres('synthetic: generated'), null);
  assert.equal(precisionMetres(null), null);
  assert.equal(zoomFor(null), 17);
  assert.equal(zoomFor(2400), 11);
  assert.equal(zoomFor(200), 15);
});
