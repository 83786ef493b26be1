import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceFlag, photoUrl, shortSha } from '../js/observation/observation-format.js';

const sha = 'a3f1c09b7e5d4c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3';

test('a hash is shortened to its first 8 and last 4 digits', () => {
  assert.equal(shortSha(sha), 'a3f1c09b…b4a3');
  assert.equal(shortSha('abc'), 'abc');
  assert.equal(shortSha(undefined), '');
});

test('photo and thumbnail addresses', () => {
  assert.equal(photoUrl(sha), `/api/v1/photos/${sha}`);
  assert.equal(photoUrl(sha, true), `/api/v1/photos/${sha}?size=thumb`);
});

test('the distance flag follows the answer, rounded to the metre', () => {
  assert.deepEqual(distanceFlag({ far: true, distanceM: 519.4, maxDistanceM: 300 }), { far: true, m: 519, max: 300 });
  assert.deepEqual(distanceFlag({ far: false, distanceM: 0 }), { far: false, m: 0, max: null });
  assert.deepEqual(distanceFlag({}), { far: false, m: null, max: null });
});
