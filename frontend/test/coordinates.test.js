import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatLatLng, printedPoint } from '../js/export/coordinates.js';

test('coordinates print latitude first, with the separators of the language', () => {
  assert.equal(formatLatLng(21.186123, 106.051234, 'en'), '21.18612, 106.05123');
  assert.equal(formatLatLng(21.186123, 106.051234, 'vi'), '21,18612; 106,05123');
});

test('a point prints itself, an area the middle of its bounds, nothing without geometry', () => {
  assert.deepEqual(printedPoint({ type: 'Point', coordinates: [106.05, 21.18] }), [21.18, 106.05]);
  assert.deepEqual(printedPoint({ type: 'Polygon', coordinates: [[[106, 21], [106.2, 21], [106.2, 21.4], [106, 21]]] }), [21.2, 106.1]);
  assert.equal(printedPoint(null), null);
});
