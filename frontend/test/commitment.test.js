import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { commitmentBody, legendRows, provinceTotals, shareClass, shareColour, stateBadge, CLASS_COLOURS, NONE_COLOUR }
  from '../js/commitment/coverage-style.js';

const bundle = (lang) => JSON.parse(readFileSync(new URL(`../i18n/${lang}.json`, import.meta.url), 'utf8'));

test('a commune is shaded by its share, the target being its own class and no site to sign another', () => {
  assert.equal(shareClass({ needed: 0, share: null }), 'none');
  assert.equal(shareClass({ needed: 4, share: 0 }), 0);
  assert.equal(shareClass({ needed: 4, share: 0.25 }), 1);
  assert.equal(shareClass({ needed: 3, share: 0.6667 }), 2);
  assert.equal(shareClass({ needed: 4, share: 0.75 }), 3);
  assert.equal(shareClass({ needed: 100, share: 0.99 }), 3);
  assert.equal(shareClass({ needed: 2, share: 1 }), 4);
  assert.equal(shareColour({ needed: 2, share: 1 }), CLASS_COLOURS[4]);
  assert.equal(shareColour({ needed: 0, share: null }), NONE_COLOUR);
  assert.equal(legendRows().length, 6);
  assert.deepEqual(legendRows()[1].params, { from: 25, to: 50 });
});

test('the province totals add the communes and divide once', () => {
  const features = [{ properties: { needed: 3, covered: 1, broken: 1 } }, { properties: { needed: 1, covered: 1 } },
    { properties: { needed: 0, covered: 0 } }];
  const totals = provinceTotals(features);
  assert.equal(totals.needed, 4);
  assert.equal(totals.covered, 2);
  assert.equal(totals.broken, 1);
  assert.equal(totals.share, 0.5);
  assert.equal(provinceTotals([]).share, null);
});

test('the body lists the checked promises and leaves empty fields out', () => {
  const body = commitmentBody({ signedOn: '2026-11-30', signerName: 'Lê Thị Hoa', signerRole: 'director', validUntil: '2027-11-30',
    relocateBy: null, promiseOther: '', 'promise.no_scrap_recycling': true, 'promise.other': false,
    'promise.relocate_to_cluster': true }, ['no_scrap_recycling', 'relocate_to_cluster', 'other']);
  assert.deepEqual(body, { signedOn: '2026-11-30', signerName: 'Lê Thị Hoa', signerRole: 'director', validUntil: '2027-11-30',
    promises: ['no_scrap_recycling', 'relocate_to_cluster'] });
  assert.deepEqual(commitmentBody({}, ['other']).promises, []);
});

test('every state, role, promise and the risk reason have words in both languages', () => {
  for (const lang of ['vi', 'en']) {
    const words = bundle(lang);
    for (const state of ['valid', 'expired', 'broken', 'superseded']) assert.ok(words[stateBadge(state).key], `${lang} ${state}`);
    for (const code of ['household_head', 'director', 'other']) assert.ok(words[`commitment.role.${code}`], `${lang} ${code}`);
    for (const code of ['no_scrap_recycling', 'no_scrap_collection', 'relocate_to_cluster', 'stop_discharge', 'other']) {
      assert.ok(words[`commitment.promise.${code}`], `${lang} ${code}`);
    }
    assert.ok(words['risk.code.broken-commitment']);
    assert.ok(words['risk.record.commitment']);
  }
});
