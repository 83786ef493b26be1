import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EMERGING_CATEGORIES, EMERGING_STYLES, GI_CLASSES, GI_COLORS, RISK_CLASSES, cellStyle, emergingStyle, giColor, hasPattern,
  hatchCss, isSignificant, riskClassCounts, riskClassIndex, riskColor, riskMarkerStyle,
} from '../js/map/hotspot-style.js';

test('the seven Gi* classes run from hot 99 % to cold 99 %, each with its own colour', () => {
  assert.deepEqual(GI_CLASSES, ['hot99', 'hot95', 'hot90', 'none', 'cold90', 'cold95', 'cold99']);
  assert.equal(new Set(GI_CLASSES.map(giColor)).size, GI_CLASSES.length);
  assert.equal(giColor('none'), 'transparent');
  assert.equal(giColor('lukewarm'), 'transparent');
  assert.ok(isSignificant('hot90') && isSignificant('cold99') && !isSignificant('none') && !isSignificant(undefined));
});

test('hot colours darken with confidence, cold ones too', () => {
  const lightness = (hex) => [1, 3, 5].reduce((sum, i) => sum + parseInt(hex.slice(i, i + 2), 16), 0);
  assert.ok(lightness(GI_COLORS.hot99) < lightness(GI_COLORS.hot95));
  assert.ok(lightness(GI_COLORS.hot95) < lightness(GI_COLORS.hot90));
  assert.ok(lightness(GI_COLORS.cold99) < lightness(GI_COLORS.cold95));
  assert.ok(lightness(GI_COLORS.cold95) < lightness(GI_COLORS.cold90));
});

test('the eight hot, eight cold patterns and no pattern each look different', () => {
  assert.equal(EMERGING_CATEGORIES.length, 17);
  assert.equal(EMERGING_CATEGORIES.filter((c) => c.endsWith('_hot_spot')).length, 8);
  assert.equal(EMERGING_CATEGORIES.filter((c) => c.endsWith('_cold_spot')).length, 8);
  const looks = EMERGING_CATEGORIES.map((c) => JSON.stringify(EMERGING_STYLES[c]));
  assert.equal(new Set(looks).size, EMERGING_CATEGORIES.length);
  assert.equal(emergingStyle('unknown'), EMERGING_STYLES.no_pattern);
  assert.ok(hasPattern('new_hot_spot') && !hasPattern('no_pattern') && !hasPattern(null));
});

test('hatches become CSS layers over the fill for the legend', () => {
  assert.equal(hatchCss({ fill: '#a50f15', hatch: null }), '#a50f15');
  const css = hatchCss(EMERGING_STYLES.sporadic_hot_spot);
  assert.match(css, /^repeating-linear-gradient\(-45deg, #cb181d/);
  assert.match(css, /, #fee0d2$/);
  assert.match(hatchCss(EMERGING_STYLES.new_cold_spot), /^radial-gradient/);
});

test('a selected cell is outlined in black and empty fills are not painted', () => {
  assert.equal(cellStyle('transparent').fillOpacity, 0);
  assert.ok(cellStyle('#b2182b').fillOpacity > 0.5);
  assert.equal(cellStyle('#b2182b', true).color, '#000000');
  assert.ok(cellStyle('#b2182b', true).weight > cellStyle('#b2182b').weight);
});

test('risk classes are 20 points wide, the upper bound belongs to the next class, 100 to the top one', () => {
  assert.deepEqual(RISK_CLASSES.map((c) => [c.min, c.max]), [[0, 20], [20, 40], [40, 60], [60, 80], [80, 100]]);
  assert.equal(riskClassIndex(0), 0);
  assert.equal(riskClassIndex(19.99), 0);
  assert.equal(riskClassIndex(20), 1);
  assert.equal(riskClassIndex(89.64), 4);
  assert.equal(riskClassIndex(100), 4);
  assert.equal(riskClassIndex(null), 0);
  assert.equal(riskColor(65), RISK_CLASSES[3].color);
});

test('riskier sites are drawn larger, and the selected one larger still', () => {
  const radii = [10, 30, 50, 70, 90].map((score) => riskMarkerStyle(score).radius);
  assert.deepEqual([...radii].sort((a, b) => a - b), radii);
  assert.equal(new Set(radii).size, 5);
  assert.ok(riskMarkerStyle(90, true).radius > riskMarkerStyle(90).radius);
});

test('sites are counted per risk class for the legend', () => {
  assert.deepEqual(riskClassCounts([0, 5, 25, 99.5, 100, undefined]), { 0: 3, 1: 1, 4: 2 });
});
