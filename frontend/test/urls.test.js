import { test } from 'node:test';
import assert from 'node:assert/strict';
import { urls, withQuery } from '../js/urls.js';

test('withQuery leaves out empty values and joins lists with commas', () => {
  assert.equal(withQuery('/x', { a: '', b: null, c: undefined, d: [], e: ['p', 'q'], f: 0 }), '/x?e=p%2Cq&f=0');
  assert.equal(withQuery('/x', {}), '/x');
});

test('sites URL carries kinds, statuses, trade, text and paging', () => {
  const url = urls.sites({ kind: ['craft_village', 'waste_dump'], status: ['reactivated'], trade: 'paper_recycling', q: 'phong khe', limit: 5000 });
  const parsed = new URL(url, 'http://host');
  assert.equal(parsed.pathname, '/api/v1/sites');
  assert.equal(parsed.searchParams.get('kind'), 'craft_village,waste_dump');
  assert.equal(parsed.searchParams.get('status'), 'reactivated');
  assert.equal(parsed.searchParams.get('trade'), 'paper_recycling');
  assert.equal(parsed.searchParams.get('q'), 'phong khe');
  assert.equal(parsed.searchParams.get('limit'), '5000');
});

test('sites URL writes a bbox as minLon,minLat,maxLon,maxLat', () => {
  const parsed = new URL(urls.sites({ bbox: [105.9, 21.0, 106.3, 21.3] }), 'http://host');
  assert.equal(parsed.searchParams.get('bbox'), '105.9,21,106.3,21.3');
});

test('commune URLs carry the period', () => {
  assert.equal(urls.communes({ from: '2025-11-01', to: '2026-10-31' }), '/api/v1/communes?from=2025-11-01&to=2026-10-31');
  assert.equal(urls.communeHistory('09190', { from: '2025-11-01', to: '2026-10-31' }),
    '/api/v1/communes/09190/history?from=2025-11-01&to=2026-10-31');
});

test('site URLs encode the id', () => {
  assert.equal(urls.site(12), '/api/v1/sites/12');
  assert.equal(urls.siteHistory('a/b'), '/api/v1/sites/a%2Fb/history');
  assert.equal(urls.config(), '/api/v1/config');
  assert.equal(urls.messages('en'), '/i18n/en.json');
});

test('hotspot URLs carry the period, the cell size, the value and the FDR switch', () => {
  const analysis = { from: '2025-11-01', to: '2026-10-31', cell: 1000, fdr: false, value: 'severity' };
  assert.equal(urls.hotspots('gi', analysis),
    '/api/v1/hotspots/gi?from=2025-11-01&to=2026-10-31&cell=1000&value=severity&fdr=false');
  assert.equal(urls.hotspots('emerging', { ...analysis, fdr: true }),
    '/api/v1/hotspots/emerging?from=2025-11-01&to=2026-10-31&cell=1000&value=severity&fdr=true');
  assert.equal(urls.hotspotCell('788_2725', { cell: 500 }), '/api/v1/hotspots/cells/788_2725?cell=500');
  assert.equal(urls.communeHotspots('09190', analysis), '/api/v1/communes/09190/hotspots?from=2025-11-01&to=2026-10-31&cell=1000');
});

test('sites by risk and a site risk', () => {
  assert.equal(urls.sites({ sort: 'risk', limit: 10 }), '/api/v1/sites?sort=risk&limit=10');
  assert.equal(urls.siteRisk(134), '/api/v1/sites/134/risk');
});
