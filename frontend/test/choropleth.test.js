import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ceilTwoDigits, measureBreaks, measureOf, rateLabels } from '../js/layers/choropleth.js';
import { classBreaks } from '../js/map/style.js';

test('a commune is measured by its count, per km² or per site', () => {
  const p = { violations: 12, areaKm2: 8, sites: 4 };
  assert.equal(measureOf(p), 12);
  assert.equal(measureOf(p, 'km2'), 1.5);
  assert.equal(measureOf(p, 'site'), 3);
  assert.equal(measureOf({ violations: 3, areaKm2: 0, sites: 0 }, 'km2'), 0);
  assert.equal(measureOf({ violations: 3, sites: 0 }, 'site'), 0);
  assert.equal(measureOf({}, 'count'), 0);
});

test('rate bounds keep two significant digits and are rounded up', () => {
  assert.equal(ceilTwoDigits(0.1234), 0.13);
  assert.equal(ceilTwoDigits(37.2), 38);
  assert.equal(ceilTwoDigits(1234), 1300);
  assert.equal(ceilTwoDigits(2), 2);
  assert.equal(ceilTwoDigits(0), 0);
});

test('counts keep whole-number classes; rates get decimal ones that hold every value', () => {
  const counts = [0, 1, 2, 5, 9, 30];
  assert.deepEqual(measureBreaks(counts, 'count'), classBreaks(counts));
  const rates = [0, 0.02, 0.05, 0.11, 0.4, 1.23];
  const breaks = measureBreaks(rates, 'km2');
  assert.ok(breaks.every((b, i) => i === 0 || b > breaks[i - 1]));
  assert.ok(breaks.at(-1) >= 1.23);
  assert.ok(breaks[0] < 1);
  assert.deepEqual(measureBreaks([0, 0], 'site'), []);
});

test('rate labels run from zero through each bound', () => {
  assert.deepEqual(rateLabels([0.1, 0.5, 2], (n) => String(n).replace('.', ',')), ['0', '≤ 0,1', '0,1–0,5', '0,5–2']);
});
