import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boxOf, circlesData, mercatorY, pathData, svgPaint } from '../js/early/first-frame-shapes.js';

const close = (actual, expected, digits = 6) => assert.ok(Math.abs(actual - expected) < 10 ** -digits, `${actual} ≠ ${expected}`);

test('Web Mercator in degrees: the equator at 0, the world a square at Leaflet\'s latitude limit', () => {
  close(mercatorY(0), 0);
  close(mercatorY(85.0511287798), 180, 6);
  close(mercatorY(89.9), 180, 6);
  close(mercatorY(-30), -mercatorY(30));
  // ln(tan(45° + 10.5°)) in degrees, as Leaflet's SphericalMercator projects 21° N (R · that, in metres)
  close(mercatorY(21), (Math.log(Math.tan((55.5 * Math.PI) / 180)) * 180) / Math.PI);
});

test('the box of the province runs down from its northern edge and is as tall as it is in Mercator', () => {
  const box = boxOf([105.9, 20.95, 106.75, 21.5]);
  close(box.x, 105.9);
  close(box.width, 0.85);
  close(box.y, -mercatorY(21.5));
  close(box.height, mercatorY(21.5) - mercatorY(20.95));
});

test('polygons become one path, holes and parts as further rings; other geometries draw nothing', () => {
  const square = [[106, 21], [106.1, 21], [106.1, 21.1], [106, 21]];
  const y = (lat) => (-mercatorY(lat)).toFixed(5);
  assert.equal(pathData({ type: 'Polygon', coordinates: [square] }),
    `M106.00000 ${y(21)}L106.10000 ${y(21)}L106.10000 ${y(21.1)}L106.00000 ${y(21)}Z`);
  const withHole = pathData({ type: 'Polygon', coordinates: [square, square] });
  assert.equal(withHole.match(/M/g).length, 2);
  assert.equal(pathData({ type: 'MultiPolygon', coordinates: [[square, square], [square]] }).match(/Z/g).length, 3);
  assert.equal(pathData({ type: 'Point', coordinates: [106, 21] }), '');
  assert.equal(pathData(null), '');
});

test('path options become the attributes Leaflet\'s SVG renderer sets, with its defaults', () => {
  assert.deepEqual(svgPaint({ color: '#111', weight: 1.5, fillColor: '#d7191c', fillOpacity: 0.9, dashArray: '2 2' }), {
    stroke: '#111', 'stroke-opacity': 1, 'stroke-width': 1.5, 'stroke-linecap': 'round', 'stroke-linejoin': 'round',
    'stroke-dasharray': '2 2', fill: '#d7191c', 'fill-opacity': 0.9, 'fill-rule': 'evenodd',
  });
  // no fill colour: the stroke's; no stroke, no fill: none
  assert.equal(svgPaint({ color: '#222' }).fill, '#222');
  assert.equal(svgPaint({ stroke: false }).stroke, 'none');
  assert.equal(svgPaint({ fill: false }).fill, 'none');
  assert.equal(svgPaint({ dashArray: null })['stroke-dasharray'], undefined);
});

test('circles of one radius are one subpath each, drawn the same way round', () => {
  const d = circlesData([[106, -21.4], [106.25, -21.1]], 0.005);
  assert.equal(d, 'M105.99500 -21.40000a0.005000 0.005000 0 1 0 0.01000 0a0.005000 0.005000 0 1 0 -0.01000 0Z'
    + 'M106.24500 -21.10000a0.005000 0.005000 0 1 0 0.01000 0a0.005000 0.005000 0 1 0 -0.01000 0Z');
  assert.equal(circlesData([], 0.005), '');
});
