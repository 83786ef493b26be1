import { test } from 'node:test';
import assert from 'node:assert/strict';
import { legendRoom } from '../js/map/legend-room.js';

test('the legend reaches up to the layer switch, less a gap', () => {
  assert.equal(legendRoom({ mapTop: 120, switchBottom: 400, legendBottom: 840 }), 430);
});

test('with the switch folded or absent the map top is the limit', () => {
  assert.equal(legendRoom({ mapTop: 120, switchBottom: 0, legendBottom: 840 }), 710);
});

test('never a negative height', () => {
  assert.equal(legendRoom({ mapTop: 120, switchBottom: 900, legendBottom: 840 }), 0);
});
