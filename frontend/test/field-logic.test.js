import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceMeters, featureAt, formatDistance, matchesSearch, nearestFirst, sitePoint } from '../js/field/geo.js';
import { buildObservation, FINDINGS, problems } from '../js/field/observation.js';
import { formatSavedAt, makeSnapshot, mayUseField, ownCommunes } from '../js/field/snapshot.js';

const site = (id, name, coordinates, extra = {}) => ({ type: 'Feature', id, geometry: coordinates && { type: 'Point', coordinates },
  properties: { name, status: 'operating', communeCode: '09190', communeName: 'Võ Cường', ...extra } });

test('distances on the ground: one degree of latitude is about 111 km, 0.001° of longitude at 21° N about 104 m', () => {
  assert.ok(Math.abs(distanceMeters([106, 21], [106, 22]) - 111_195) < 50);
  assert.ok(Math.abs(distanceMeters([106, 21], [106.001, 21]) - 103.9) < 1);
});

test('a site\'s point: a point as it is, an outline by the middle of its vertices', () => {
  assert.deepEqual(sitePoint({ type: 'Point', coordinates: [106.1, 21.2] }), [106.1, 21.2]);
  assert.deepEqual(sitePoint({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] }), [1, 1]);
  assert.deepEqual(sitePoint({ type: 'MultiPolygon', coordinates: [[[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]]] }), [2, 2]);
  assert.equal(sitePoint(null), null);
});

test('nearest first from the phone\'s position; by name without one', () => {
  const sites = [site(1, 'Ấp Bắc', [106.05, 21.1]), site(2, 'Đông Xá', [106.01, 21.1]), site(3, 'Chợ', [106.2, 21.1]), site(4, 'Bãi', null)];
  assert.deepEqual(nearestFirst(sites, [106.0, 21.1]).map((row) => row.feature.id), [2, 1, 3, 4]);
  const rows = nearestFirst(sites, [106.0, 21.1]);
  assert.ok(Math.abs(rows[0].distance - 1038) < 5);
  assert.equal(rows[3].distance, null);
  assert.deepEqual(nearestFirst(sites, null).map((row) => row.feature.properties.name), ['Ấp Bắc', 'Bãi', 'Chợ', 'Đông Xá']);
});

test('search without accents: name, commune or number, every word', () => {
  const phongKhe = site(5, 'Làng giấy Phong Khê', [106, 21]);
  assert.ok(matchesSearch(phongKhe, 'phong khe'));
  assert.ok(matchesSearch(phongKhe, 'PHONG   Khê'));
  assert.ok(matchesSearch(phongKhe, 'giay vo cuong'));
  assert.ok(matchesSearch(phongKhe, '5'));
  assert.ok(matchesSearch(phongKhe, ''));
  assert.ok(!matchesSearch(phongKhe, 'phong van'));
  assert.ok(matchesSearch(site(6, 'Đồng Kỵ', [106, 21]), 'dong ky'));
});

test('the commune that holds a point, holes left out', () => {
  const square = { id: 'A', geometry: { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]] } };
  const other = { id: 'B', geometry: { type: 'MultiPolygon', coordinates: [[[[20, 0], [30, 0], [30, 10], [20, 10], [20, 0]]]] } };
  assert.equal(featureAt([square, other], [1, 1]).id, 'A');
  assert.equal(featureAt([square, other], [5, 5]), null);
  assert.equal(featureAt([square, other], [25, 5]).id, 'B');
  assert.equal(featureAt([square, other], null), null);
});

test('distances as the list shows them', () => {
  assert.equal(formatDistance(84.4), '84 m');
  assert.equal(formatDistance(3420, 'vi'), '3,4 km');
  assert.equal(formatDistance(3420, 'en'), '3.4 km');
  assert.equal(formatDistance(null), '');
});

test('an observation as the service takes it: findings in checklist order, a GeoJSON point, accuracy, the time', () => {
  const observation = buildObservation({ status: 'reactivated', findings: ['smoke_or_smell', 'working', 'bogus'],
    note: ' Khói đen ', position: { lon: 106.123456789, lat: 21.1, accuracy: 12.34 }, observedAt: new Date('2026-11-30T07:00:00Z') });
  assert.deepEqual(observation, { findings: ['working', 'smoke_or_smell'], note: 'Khói đen',
    position: { type: 'Point', coordinates: [106.1234568, 21.1] }, accuracyM: 12.3, observedAt: '2026-11-30T07:00:00.000Z',
    newStatus: 'reactivated' });
  const plain = buildObservation({ findings: ['nobody_there'], observedAt: new Date(0) });
  assert.equal(plain.newStatus, undefined);
  assert.equal(plain.site, undefined);
  assert.equal(plain.note, null);
  assert.equal(plain.position, null);
  assert.deepEqual(buildObservation({ siteName: ' Hộ ông A ', observedAt: new Date(0) }).site, { name: 'Hộ ông A' });
  assert.equal(FINDINGS.length, 7);
});

test('what stops an observation from being queued', () => {
  const at = new Date(0);
  const position = { lon: 106, lat: 21, accuracy: 5 };
  const keys = (form, options) => problems(buildObservation({ observedAt: at, position, ...form }), options).map((p) => p.key);
  assert.deepEqual(keys({ status: 'closed' }), []);
  assert.deepEqual(keys({}), ['field.error.empty']);
  assert.deepEqual(keys({ findings: ['working'], position: null }), ['field.error.position']);
  assert.deepEqual(keys({ findings: ['working'], siteName: ' ' }), ['field.error.siteName']);
  const jpeg = { type: 'image/jpeg', size: 1000 };
  assert.deepEqual(keys({}, { photos: Array(6).fill(jpeg) }), ['field.error.photoCount']);
  assert.deepEqual(keys({}, { photos: [{ type: 'image/heic', size: 1 }] }), ['field.error.photoType']);
  assert.deepEqual(keys({}, { photos: [{ type: 'image/png', size: 11 * 1024 * 1024 }] }), ['field.error.photoSize']);
  assert.deepEqual(keys({}, { photos: [jpeg] }), []);
});

test('the copy kept offline: the user\'s communes only, the sites\' last status, when it was taken', () => {
  const communes = { features: [{ id: '09190', geometry: null, properties: { name: 'Võ Cường', extra: 1 } }, { id: '09238', geometry: null, properties: {} }] };
  const me = { authenticated: true, username: 'xa.vocuong', role: 'COMMUNE', communes: ['09190'], can: ['data'] };
  const snapshot = makeSnapshot({ me, statuses: ['operating'], communes, sites: [site(1, 'A', [106, 21], { risk: 3 })], now: new Date('2026-11-30T07:05:00Z') });
  assert.deepEqual(snapshot.communes.map((c) => c.id), ['09190']);
  assert.deepEqual(snapshot.communes[0].properties, { name: 'Võ Cường' });
  assert.equal(snapshot.sites[0].properties.status, 'operating');
  assert.equal(snapshot.sites[0].properties.risk, undefined);
  assert.equal(snapshot.savedAt, '2026-11-30T07:05:00.000Z');
  assert.equal(ownCommunes(communes, []).length, 2, 'the police: the whole province');
  assert.equal(formatSavedAt(snapshot.savedAt, 'vi'), '14:05 30/11/2026');
});

test('who may use the phone page', () => {
  assert.ok(mayUseField({ authenticated: true, role: 'COMMUNE' }));
  assert.ok(mayUseField({ authenticated: true, role: 'POLICE' }));
  assert.ok(!mayUseField({ authenticated: true, role: 'ENV_DEPT' }));
  assert.ok(!mayUseField({ authenticated: false }));
});
