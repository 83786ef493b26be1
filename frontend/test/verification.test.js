import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appliedVerification, isUnverified, verificationKind } from '../js/util/verification.js';

test('the verification of the applied column is the one that counts', () => {
  assert.equal(appliedVerification('B: corroborated; A: recalled', 'B'), 'corroborated');
  assert.equal(appliedVerification('B: corroborated; A: recalled', 'A'), 'recalled');
  assert.equal(isUnverified('B: corroborated; A: recalled', 'B'), false);
  assert.equal(isUnverified('B: corroborated; A: recalled', 'A'), true);
});

test('a verification without columns applies as a whole', () => {
  assert.equal(isUnverified('NOT RETRIEVED (QCVN 40:2011 value carried over)', 'B'), true);
  assert.equal(isUnverified('verified', 'B'), false);
  assert.equal(isUnverified('recalled', null), true);
  assert.equal(isUnverified(null, 'B'), false);
});

test('a column that is not listed falls back to the whole text', () => {
  assert.equal(isUnverified('B: corroborated; A: recalled', 'C'), true);
});

test('the kind of a verification is a code the page can name in either language', () => {
  assert.equal(verificationKind('NOT RETRIEVED (QCVN 40:2011 value carried over)', 'B'), 'carriedOver');
  assert.equal(verificationKind('NOT RETRIEVED - read Điều 18 khoản 2', null), 'notRetrieved');
  assert.equal(verificationKind('B: corroborated; A: recalled', 'A'), 'recalled');
  assert.equal(verificationKind('recalled (TT 973/2001/TCĐC-TT appendix; not retrieved)', null), 'recalled');
  assert.equal(verificationKind('corroborated with ambiguity', 'B'), 'corroborated');
  assert.equal(verificationKind('verified', 'B'), 'verified');
  assert.equal(verificationKind('something else', 'B'), null);
  assert.equal(verificationKind(null, 'B'), null);
});
