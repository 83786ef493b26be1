import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outlineTolerance } from '../js/map/outline-detail.js';

test('coarser outlines when zoomed out, finer when zoomed in', () => {
  assert.equal(outlineTolerance(7), 0.0013);
  assert.equal(outlineTolerance(9.75), 0.0013);
  assert.equal(outlineTolerance(10), 0.0004);
  assert.equal(outlineTolerance(12.5), 0.0001);
  assert.equal(outlineTolerance(19), 0.00002);
});

test('half a pixel or less at the band\'s widest zoom (285 m a pixel at zoom 9, 21° N)', () => {
  const metresPerDegree = 111_320 * Math.cos((21 * Math.PI) / 180);
  for (const zoom of [9, 10, 12, 14]) {
    const pixel = 285 / 2 ** (zoom - 9);
    assert.ok(outlineTolerance(zoom) * metresPerDegree <= pixel * 0.55, `zoom ${zoom}`);
  }
});
