import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepApart, tileUrl } from '../js/layers/map-text.js';

const box = (id, weight, left, top) => ({ id, weight, left, top, right: left + 50, bottom: top + 12 });

test('labels that overlap give way to the larger commune; apart they all stay', () => {
  assert.deepEqual([...keepApart([box(0, 5, 0, 0), box(1, 9, 30, 5), box(2, 1, 200, 0)])].sort(), [1, 2]);
  assert.equal(keepApart([box(0, 1, 0, 0), box(1, 1, 0, 20)]).size, 2);
});

test('the probe asks for the tile under the centre', () => {
  assert.equal(tileUrl('https://{s}.tile.example/{z}/{x}/{y}.png', { lat: 0, lng: 0 }, 1), 'https://a.tile.example/1/1/1.png');
  assert.equal(tileUrl('https://t/{z}/{x}/{y}.png', { lat: 21.18, lng: 106.07 }, 10), 'https://t/10/813/450.png');
});
