import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatState, parseState, parseView } from '../js/util/url-state.js';

const defaults = { lang: 'vi', from: '2025-11-01', to: '2026-10-31' };
const allowed = { kind: ['craft_village', 'waste_dump'], status: ['operating', 'reactivated'], trade: ['paper_recycling'] };

test('an empty query gives the defaults', () => {
  assert.deepEqual(parseState('', { defaults, allowed }), {
    lang: 'vi', kind: [], status: [], trade: '', from: '2025-11-01', to: '2026-10-31', q: '', view: null, site: null, commune: null,
    layer: 'communes', sites: 'status', cell: 500, fdr: true, hex: null,
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
    layer: 'communes', sites: 'status', cell: 500, fdr: true, hex: null,
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

test('the hotspot layers, cell size, FDR switch and open cell are kept in the link', () => {
  const state = { lang: 'vi', kind: [], status: [], layer: 'gi', sites: 'risk', cell: 1000, fdr: false, hex: '788_2725' };
  const query = formatState(state, { defaults });
  assert.equal(query, 'layer=gi&sites=risk&cell=1000&fdr=off&hex=788_2725');
  const back = parseState(`?${query}`, { defaults, allowed });
  assert.deepEqual([back.layer, back.sites, back.cell, back.fdr, back.hex], ['gi', 'risk', 1000, false, '788_2725']);
});

test('the default layers are left out and unknown layers, sizes and cells are dropped', () => {
  assert.equal(formatState({ layer: 'communes', sites: 'status', cell: 500, fdr: true }, { defaults }), '');
  const state = parseState('?layer=heat&sites=pink&cell=300&fdr=maybe&hex=12-3', { defaults, allowed });
  assert.deepEqual([state.layer, state.sites, state.cell, state.fdr, state.hex], ['communes', 'status', 500, true, null]);
});

test('an open site or commune wins over an open cell', () => {
  assert.equal(formatState({ commune: '09190', hex: '1_2' }, { defaults }), 'commune=09190');
  assert.equal(formatState({ hex: '1_2' }, { defaults }), 'hex=1_2');
});
