import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHOROPLETH, KIND_SYMBOLS, STATUS_COLORS, classBreaks, classColors, classIndex, classLabels, communeStyle,
  siteAreaStyle, siteMarkerStyle, statusColor,
} from '../js/map/style.js';

const STATUSES = ['operating', 'under_remediation', 'suspended', 'committed', 'closed', 'reactivated', 'relocated'];
const KINDS = ['craft_village', 'industrial_cluster', 'industrial_zone', 'recycling_facility', 'household_workshop', 'waste_dump'];

test('every status has its own colour', () => {
  const colours = STATUSES.map(statusColor);
  assert.equal(new Set(colours).size, STATUSES.length);
  assert.deepEqual(Object.keys(STATUS_COLORS).sort(), [...STATUSES].sort());
});

test('every kind has its own symbol', () => {
  const symbols = KINDS.map((kind) => JSON.stringify(KIND_SYMBOLS[kind]));
  assert.equal(new Set(symbols).size, KINDS.length);
});

test('a marker is filled by status and outlined by kind; selection makes it larger', () => {
  const style = siteMarkerStyle({ kind: 'waste_dump', status: 'reactivated' });
  assert.equal(style.fillColor, STATUS_COLORS.reactivated);
  assert.equal(style.dashArray, KIND_SYMBOLS.waste_dump.dashArray);
  assert.ok(siteMarkerStyle({ kind: 'waste_dump', status: 'reactivated' }, true).radius > style.radius);
  assert.equal(siteAreaStyle({ kind: 'craft_village', status: 'closed' }).color, STATUS_COLORS.closed);
});

test('unknown codes still get a style', () => {
  assert.equal(typeof statusColor('flying'), 'string');
  assert.ok(siteMarkerStyle({ kind: 'castle', status: 'flying' }).radius > 0);
});

test('class breaks are quantiles of the positive counts', () => {
  const values = [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  assert.deepEqual(classBreaks(values, 5), [2, 4, 6, 8, 10]);
  assert.deepEqual(classBreaks([0, 0, 0]), []);
  assert.deepEqual(classBreaks([3, 3, 3, 3]), [3]);
});

test('zero is its own class and the largest value falls in the top class', () => {
  const breaks = [2, 4, 6, 8, 10];
  assert.equal(classIndex(0, breaks), 0);
  assert.equal(classIndex(1, breaks), 1);
  assert.equal(classIndex(2, breaks), 1);
  assert.equal(classIndex(3, breaks), 2);
  assert.equal(classIndex(10, breaks), 5);
  assert.equal(classIndex(99, breaks), 5);
  assert.equal(classIndex(5, []), 0);
});

test('legend labels and colours match the classes', () => {
  assert.deepEqual(classLabels([2, 4, 5]), ['0', '1–2', '3–4', '5']);
  assert.deepEqual(classColors([2, 4, 6, 8, 10]), CHOROPLETH);
  assert.equal(classColors([3]).length, 2);
  assert.equal(classColors([3])[1], CHOROPLETH[CHOROPLETH.length - 1]);
});

test('a commune is shaded by its class and outlined when selected', () => {
  const breaks = [2, 4, 6, 8, 10];
  assert.equal(communeStyle(0, breaks).fillColor, CHOROPLETH[0]);
  assert.equal(communeStyle(9, breaks).fillColor, CHOROPLETH[5]);
  assert.ok(communeStyle(9, breaks, true).weight > communeStyle(9, breaks).weight);
});
