import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planRequest, policeUrls, signalTexts, stopLines, summaryParams, tomorrow } from '../js/police/model.js';

const t = (key, params = {}) => `${key}${Object.keys(params).length ? JSON.stringify(params) : ''}`;

test('the plan request carries the post as the start and leaves empty fields to the defaults', () => {
  const post = { communeCode: '09238', label: 'Công an Văn Môn (điểm giả định)', lon: 106.1, lat: 21.2 };
  assert.deepEqual(planRequest({ date: '2026-12-01', communes: ['09238'], post, hours: '3', speedKmh: '',
    minutesPerStop: '15', startTime: '', seed: '' }), {
    date: '2026-12-01', communes: ['09238'], start: { type: 'Point', coordinates: [106.1, 21.2] },
    startLabel: post.label, hours: 3, minutesPerStop: 15,
  });
  assert.equal(planRequest({ date: '2026-12-01', communes: [], post, seed: '7', startTime: '07:30' }).seed, 7);
});

test('urls name the watch list filters and the plan files', () => {
  assert.equal(policeUrls.watchList({ communes: ['09190', '09238'], kind: 'craft_village', limit: 50 }),
    '/api/v1/police/watchlist?communes=09190%2C09238&kind=craft_village&limit=50');
  assert.equal(policeUrls.watchList({ format: 'xlsx' }), '/api/v1/police/watchlist?limit=100&format=xlsx');
  assert.equal(policeUrls.pdf(12), '/api/v1/patrol-plans/12/pdf');
});

test('tomorrow crosses months and years', () => {
  assert.equal(tomorrow('2026-12-31'), '2027-01-01');
  assert.equal(tomorrow('2026-02-28'), '2026-03-01');
});

test('the summary rounds as the page shows it', () => {
  assert.deepEqual(summaryParams({ id: 3, stops: [{}, {}], totalDistanceMeters: 12345, totalMinutes: 179.6,
    riskCovered: 101.234, riskShare: 0.4567 }), { id: 3, stops: 2, km: '12.3', minutes: 180, risk: '101.2', share: 46 });
});

test('signals show only what the site has, days with their unit', () => {
  const live = ['reactivationSeen', 'hotCell', 'daysSinceInspection'];
  assert.deepEqual(signalTexts({ hotCell: 95, daysSinceInspection: 400 }, live, t), [
    'police.signal.hotCell: 95', 'police.signal.daysSinceInspection: police.watch.days{"n":400}']);
  assert.deepEqual(signalTexts({ reactivationSeen: true, scrapStockpiled: true }, live, t), ['police.signal.reactivationSeen']);
});

test('a stop says when to arrive, why and what to check, each reason once', () => {
  const lines = stopLines({ order: 2, name: 'Lò nhôm', arrival: '08:41:30', checks: ['scrap'],
    reasons: [{ code: 'violation' }, { code: 'violation' }, { code: 'trade' }] }, t);
  assert.equal(lines.arrival, 'police.plan.arrival{"time":"08:41"}');
  assert.deepEqual(lines.reasons, ['risk.code.violation', 'risk.code.trade']);
  assert.deepEqual(lines.checks, ['police.check.scrap']);
});

test('a plan request takes the polygon drawn on the map instead of the communes', () => {
  const post = { lon: 106.06, lat: 21.17, label: 'Công an xã' };
  const area = { type: 'Polygon', coordinates: [[[106, 21.1], [106.1, 21.1], [106.05, 21.2], [106, 21.1]]] };
  const body = planRequest({ date: '2026-12-01', communes: ['09238'], area, post });
  assert.deepEqual(body.area, area);
  assert.equal('communes' in body, false);
  assert.deepEqual(planRequest({ date: '2026-12-01', communes: ['09238'], area: null, post }).communes, ['09238']);
});
