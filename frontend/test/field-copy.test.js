import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyBytes, copyCommunes, followedPatrols, formatBytes, nearCommunes, planSites, provinceWide }
  from '../js/field/copy-area.js';
import { makeSnapshot } from '../js/field/snapshot.js';

// three square communes along a parallel near 21° N: A holds the phone, B's edge is ~2 km east of it, C ~20 km
const square = (code, west) => ({ type: 'Feature', id: code, properties: { name: `Xã ${code}` }, geometry: { type: 'Polygon',
  coordinates: [[[west, 21.1], [west + 0.05, 21.1], [west + 0.05, 21.15], [west, 21.15], [west, 21.1]]] } });
const communes = { type: 'FeatureCollection', features: [square('A', 106.0), square('B', 106.07), square('C', 106.25)] };
const phone = [106.05 - 0.001, 21.125];
const police = { authenticated: true, username: 'congan', role: 'POLICE', communes: [] };
const commune = { authenticated: true, username: 'xa.a', role: 'COMMUNE', communes: ['A'] };
const site = (id, code) => ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [106.02, 21.12] },
  properties: { name: `Cơ sở ${id}`, status: 'operating', communeCode: code } });
const sites = [site(1, 'A'), site(2, 'B'), site(3, 'C'), site(4, 'C')];

test('the police keep the communes around the phone, nearest first, and those they pick', () => {
  assert.equal(provinceWide(police), true);
  assert.equal(provinceWide(commune), false);
  assert.deepEqual(nearCommunes(communes.features, phone), ['A', 'B']);
  assert.deepEqual(copyCommunes({ me: police, communes: communes.features, position: phone }), ['A', 'B']);
  assert.deepEqual(copyCommunes({ me: police, communes: communes.features, position: phone, picked: ['C', 'X'] }),
    ['A', 'B', 'C'], 'a picked commune the service does not know is left out');
  assert.deepEqual(copyCommunes({ me: police, communes: communes.features, position: null, picked: [] }), [],
    'no position and nothing picked: nothing, and the page asks');
  assert.deepEqual(copyCommunes({ me: commune, communes: communes.features, position: [106.26, 21.12], picked: ['B'] }),
    ['A'], 'a commune user keeps their communes wherever they are');
});

test('the copy holds only the communes kept, their boundaries and sites, and its size is stated', () => {
  const now = new Date('2026-11-30T08:00:00Z');
  const whole = makeSnapshot({ me: police, statuses: [], communes, sites, now });
  const kept = makeSnapshot({ me: police, statuses: [], communes, sites, now, keep: ['A', 'B'] });
  assert.deepEqual(kept.communes.map((f) => f.id), ['A', 'B']);
  assert.deepEqual(kept.sites.map((f) => f.id), [1, 2]);
  assert.equal(whole.sites.length, 4);
  assert.ok(copyBytes(kept) < copyBytes(whole));
  const none = makeSnapshot({ me: police, statuses: [], communes, sites, now, keep: [] });
  assert.deepEqual([none.communes.length, none.sites.length], [0, 0]);
  const own = makeSnapshot({ me: commune, statuses: [], communes, sites, now });
  assert.deepEqual(own.communes.map((f) => f.id), ['A'], 'a commune user: their communes, as before');
  assert.equal(formatBytes(85 * 1024, 'en'), '85 KB');
  assert.equal(formatBytes(1.25 * 1024 * 1024, 'en'), '1.3 MB');
  assert.equal(formatBytes(1.25 * 1024 * 1024, 'vi'), '1,3 MB');
});

test('the copy also keeps the stops of the patrols followed on the phone and still to do, wherever they are', () => {
  const stored = new Map([['diemnong.patrol.plan.11', '5'], ['diemnong.field.lang', 'vi'], ['diemnong.patrol.plan.12', '6']]);
  const storage = { length: stored.size, key: (i) => [...stored.keys()][i], getItem: (key) => stored.get(key) ?? null };
  assert.deepEqual(followedPatrols(storage), ['5', '6']);
  const patrols = [{ id: 5, status: 'in_progress', stops: [{ order: 1, siteId: 3 }, { order: 2, siteId: 1 }] },
    { id: 6, status: 'done', stops: [{ order: 1, siteId: 4 }] }, null];
  assert.deepEqual(planSites(patrols), ['3', '1'], 'a patrol done, or not found, keeps nothing');
  const now = new Date('2026-11-30T08:00:00Z');
  const kept = makeSnapshot({ me: police, statuses: [], communes, sites, now, keep: ['A'], keepSites: planSites(patrols) });
  assert.deepEqual(kept.sites.map((f) => f.id), [1, 3], 'site 3 in commune C, which is not kept');
  assert.deepEqual(kept.communes.map((f) => f.id), ['A']);
});
