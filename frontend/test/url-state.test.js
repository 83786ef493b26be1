import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatState, parseState, parseView } from '../js/util/url-state.js';

const defaults = { lang: 'vi', from: '2025-11-01', to: '2026-10-31' };
const allowed = { kind: ['craft_village', 'waste_dump'], status: ['operating', 'reactivated'], trade: ['paper_recycling'] };

test('an empty query gives the defaults', () => {
  assert.deepEqual(parseState('', { defaults, allowed }), {
    lang: 'vi', kind: [], status: [], trade: '', from: '2025-11-01', to: '2026-10-31', q: '', view: null, site: null, commune: null,
  });
});

test('a shared link restores filters, period, text, view and selection', () => {
  const state = parseState('?lang=en&kind=waste_dump,craft_village&status=reactivated&trade=paper_recycling'
    + '&from=2024-01-01&to=2024-12-31&q=phong%20khe&map=13/21.16714/106.06056&site=42', { defaults, allowed });
  assert.equal(state.lang, 'en');
  assert.deepEqual(state.kind, ['waste_dump', 'craft_village']);
  assert.deepEqual(state.status, ['reactivated']);
  assert.equal(state.trade, 'paper_recycling');
  assert.equal(state.from, '2024-01-01');
  assert.equal(state.to, '2024-12-31');
  assert.equal(state.q, 'phong khe');
  assert.deepEqual(state.view, { zoom: 13, lat: 21.16714, lng: 106.06056 });
  assert.equal(state.site, 42);
});

test('unknown codes, bad dates, bad ids and bad languages are dropped', () => {
  const state = parseState('?lang=fr&kind=castle,waste_dump&trade=gold&from=2024-13&site=-3&commune=9190&map=a/b/c', { defaults, allowed });
  assert.equal(state.lang, 'vi');
  assert.deepEqual(state.kind, ['waste_dump']);
  assert.equal(state.trade, '');
  assert.equal(state.from, '2025-11-01');
  assert.equal(state.site, null);
  assert.equal(state.commune, null);
  assert.equal(state.view, null);
});

test('a commune code of five digits is kept', () => {
  assert.equal(parseState('?commune=09190').commune, '09190');
});

test('views outside the globe are refused', () => {
  assert.equal(parseView('10/95/106'), null);
  assert.deepEqual(parseView('10/21/106'), { zoom: 10, lat: 21, lng: 106 });
});

test('formatting then parsing gives the same state', () => {
  const state = {
    lang: 'en', kind: ['craft_village'], status: ['operating', 'reactivated'], trade: 'paper_recycling',
    from: '2024-01-01', to: '2024-12-31', q: 'phong khê', view: { zoom: 12, lat: 21.123456, lng: 106.054321 }, site: null, commune: '09190',
  };
  const query = formatState(state, { defaults });
  assert.match(query, /kind=craft_village/);
  assert.match(query, /status=operating,reactivated/);
  assert.match(query, /map=12\/21.12346\/106.05432/);
  const back = parseState(`?${query}`, { defaults, allowed });
  assert.deepEqual(back, { ...state, view: { zoom: 12, lat: 21.12346, lng: 106.05432 } });
});

test('the default language is left out and a site wins over a commune', () => {
  const query = formatState({ lang: 'vi', kind: [], status: [], site: 7, commune: '09190' }, { defaults });
  assert.equal(query, 'site=7');
});
