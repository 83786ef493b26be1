import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyLanguage, setMessages } from '../js/i18n.js';
import { commitmentHistoryRows, promiseTexts } from '../js/commitment/history-format.js';
import { countByType, selectEntries, typesOf } from '../js/util/history.js';

const bundle = (lang) => JSON.parse(readFileSync(new URL(`../i18n/${lang}.json`, import.meta.url), 'utf8'));
setMessages('vi', bundle('vi'));
setMessages('en', bundle('en'));

// the language without a page to translate
const NO_PAGE = { documentElement: null, querySelectorAll: () => [] };

// a site's history as the service answers it, oldest first, a commitment among the rest
const entries = [
  { type: 'status', date: '2025-01-02', id: 1, siteId: 7 },
  { type: 'commitment', date: '2025-03-01', id: 4, siteId: 7, signerRole: 'household_head', state: 'broken',
    promises: ['no_scrap_recycling', 'relocate_to_cluster'], relocateBy: '2026-06-30', validUntil: '2026-12-31',
    witnessedBy: 'xa.vocuong', brokenOn: '2025-04-10' },
  { type: 'observation', date: '2025-04-10', id: 9, siteId: 7 },
];

test('a commitment is a kind of its own in the history: counted, its own filter, newest first with the rest', () => {
  assert.ok(typesOf(entries).includes('commitment'));
  assert.equal(countByType(entries).commitment, 1);
  assert.deepEqual(selectEntries(entries, { type: 'commitment', siteId: 7 }).shown.map((e) => e.id), [4]);
  assert.deepEqual(selectEntries(entries, { siteId: 7 }).shown.map((e) => e.type), ['observation', 'commitment', 'status']);
});

test('its filter and rows are named in both languages', () => {
  for (const lang of ['vi', 'en']) {
    assert.ok(bundle(lang)['history.filter.commitment'], lang);
  }
  applyLanguage('en', NO_PAGE);
  assert.equal(promiseTexts(entries[1], 'en')[0], 'no scrap recycling');
  assert.match(promiseTexts(entries[1], 'en')[1], /^relocate to an industrial cluster by /);
  const rows = Object.fromEntries(commitmentHistoryRows(entries[1], 'en'));
  assert.equal(rows['Signed as'], 'head of household');
  assert.equal(rows['Witnessed by'], 'xa.vocuong');
  applyLanguage('vi', NO_PAGE);
  assert.equal(Object.fromEntries(commitmentHistoryRows(entries[1], 'vi'))[bundle('vi')['commitment.field.signerRole']],
    bundle('vi')['commitment.role.household_head']);
});
