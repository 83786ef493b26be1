import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bboxOf, centreOf, pickInView, unobscuredRect } from '../js/layout/view-math.js';
import { internalParts } from '../js/layout/internal-link.js';
import { formatView, parseView } from '../js/util/url-state.js';

const map = { left: 0, top: 100, right: 360, bottom: 740 };

test('a bottom sheet leaves the part of the map above it', () => {
  const free = unobscuredRect(map, { left: 0, top: 400, right: 360, bottom: 740 });
  assert.deepEqual(free, { left: 0, top: 100, right: 360, bottom: 400 });
  assert.deepEqual(centreOf(free), { x: 180, y: 250 });
});

test('a DOMRect, whose sides are getters, works as well', () => {
  class Rect {
    get left() { return 0; }
    get top() { return 100; }
    get right() { return 360; }
    get bottom() { return 740; }
  }
  assert.deepEqual(unobscuredRect(new Rect(), new (class extends Rect { get top() { return 400; } })()),
    { left: 0, top: 100, right: 360, bottom: 400 });
});

test('a panel beside the map or none leaves the whole map', () => {
  assert.deepEqual(unobscuredRect(map, null), map);
  assert.deepEqual(unobscuredRect(map, { left: 360, top: 100, right: 820, bottom: 740 }), map);
});

test('a panel over the right of the map leaves its left part', () => {
  const wide = { left: 0, top: 0, right: 1400, bottom: 800 };
  assert.deepEqual(unobscuredRect(wide, { left: 940, top: 0, right: 1400, bottom: 800 }), { left: 0, top: 0, right: 940, bottom: 800 });
});

test('the extent of points, polygons and multipolygons', () => {
  assert.deepEqual(bboxOf({ type: 'Point', coordinates: [106.1, 21.2] }), [106.1, 21.2, 106.1, 21.2]);
  assert.deepEqual(bboxOf({ type: 'MultiPolygon', coordinates: [[[[1, 2], [3, 1], [2, 5], [1, 2]]], [[[0, 0], [1, 1], [0, 1], [0, 0]]]] }), [0, 0, 3, 5]);
  assert.equal(bboxOf(null), null);
});

test('what is in view comes nearest to the centre first, at most the limit, with the total', () => {
  const point = (id, lng, lat) => ({ value: id, box: [lng, lat, lng, lat] });
  const sites = [point('far', 106.09, 21.09), point('near', 106.01, 21.01), point('out', 107, 21), point('mid', 106.05, 21.05)];
  const communes = [{ value: 'c', box: [105.9, 20.9, 106.2, 21.2] }, { value: 'away', box: [108, 22, 109, 23] }];
  const picked = pickInView({ sites, communes, view: [106, 21, 106.1, 21.1], centre: [106, 21], limit: 2 });
  assert.deepEqual(picked.sites, { shown: ['near', 'mid'], total: 3 });
  assert.deepEqual(picked.communes, { shown: ['c'], total: 1 });
});

test('a view keeps a fractional zoom to two decimals', () => {
  assert.equal(formatView({ zoom: 12.3749, lat: 21.123456, lng: 106.054321 }), '12.37/21.12346/106.05432');
  assert.equal(formatView({ zoom: 13, lat: 21, lng: 106 }), '13/21.00000/106.00000');
  assert.deepEqual(parseView('12.37/21.12346/106.05432'), { zoom: 12.37, lat: 21.12346, lng: 106.05432 });
});

test('an anonymous link names the layers, colouring and cell the public map cannot show', () => {
  const access = { hotspots: false };
  const state = { layer: 'gi', sites: 'risk', hex: '1_2' };
  assert.deepEqual(internalParts(state, { layer: 'communes', sites: 'status' }, access), ['layer', 'risk', 'cell']);
  assert.deepEqual(internalParts({ layer: 'communes', sites: 'status', hex: null }, { layer: 'communes', sites: 'status' }, access), []);
});
