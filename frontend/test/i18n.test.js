import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyLanguage, t, tCode, tIn, setMessages } from '../js/i18n.js';
import { EMERGING_CATEGORIES, GI_CLASSES } from '../js/map/hotspot-style.js';
import { LAYERS, SITE_COLOURS } from '../js/util/url-state.js';

const bundle = (lang) => JSON.parse(readFileSync(new URL(`../i18n/${lang}.json`, import.meta.url), 'utf8'));
const vi = bundle('vi');
const en = bundle('en');

const CODES = {
  'site.kind': ['craft_village', 'industrial_cluster', 'industrial_zone', 'recycling_facility', 'household_workshop', 'waste_dump'],
  'site.trade': ['paper_recycling', 'aluminium_recycling', 'copper_casting', 'steel_recycling', 'metal_plating', 'plastic_recycling',
    'rubber_recycling', 'scrap_trading', 'wood_furniture', 'pottery', 'rice_wine', 'food_processing', 'textile_dyeing', 'mixed_industry', 'waste_disposal'],
  'site.status': ['operating', 'under_remediation', 'suspended', 'committed', 'closed', 'reactivated', 'relocated'],
  'site.pollution': ['not_polluting', 'polluting', 'seriously_polluting'],
  'inspection.kind': ['scheduled', 'unannounced', 'follow_up'],
  'inspection.team': ['environment', 'police', 'commune', 'industry_trade', 'industrial_zones_authority'],
  'violation.category': ['wastewater_exceedance', 'emission_exceedance', 'noise_exceedance', 'no_environmental_permit', 'no_treatment_system',
    'illegal_scrap_recycling', 'scrap_stockpiling', 'illegal_waste_dumping', 'operating_after_closure'],
  'violation.status': ['open', 'remediating', 'remediated', 'escalated', 'closed'],
  'sample.medium': ['wastewater', 'emission', 'ambient_air', 'noise', 'soil'],
  'hotspot.gi.class': GI_CLASSES,
  'hotspot.emerging': EMERGING_CATEGORIES,
  'hotspot.emerging.explain': EMERGING_CATEGORIES,
  'hotspot.value': ['severity', 'violations', 'fines'],
  'hotspot.trend': ['increasing', 'decreasing', 'no-trend'],
  'risk.code': ['violation', 'exceedance', 'overdue', 'reactivated-status', 'reactivation', 'inspection-gap', 'trade',
    'member', 'risky-member', 'tip'],
  'risk.record': ['violation', 'inspection', 'status_event', 'site', 'tip'],
  'layers.layer': LAYERS,
  'layers.sites': SITE_COLOURS,
};

test('both bundles have the same keys', () => {
  assert.deepEqual(Object.keys(vi).sort(), Object.keys(en).sort());
});

test('every enum code is translated in both languages', () => {
  for (const [prefix, codes] of Object.entries(CODES)) {
    for (const code of codes) {
      assert.ok(vi[`${prefix}.${code}`], `vi ${prefix}.${code}`);
      assert.ok(en[`${prefix}.${code}`], `en ${prefix}.${code}`);
    }
  }
});

test('Vietnamese is the default, English the fallback, the key the last resort', () => {
  setMessages('vi', { 'a.b': 'xin chào {name}' });
  setMessages('en', { 'a.b': 'hello {name}', 'only.en': 'english' });
  assert.equal(t('a.b', { name: 'Khê' }), 'xin chào Khê');
  assert.equal(t('only.en'), 'english');
  assert.equal(t('no.such.key'), 'no.such.key');
  assert.equal(tCode('site.kind', 'castle'), 'castle');
});

test('emerging patterns carry ArcGIS Pro\'s English names and a Vietnamese name of their own', () => {
  assert.equal(en['hotspot.emerging.intensifying_hot_spot'], 'Intensifying Hot Spot');
  assert.equal(en['hotspot.emerging.no_pattern'], 'No Pattern Detected');
  for (const category of EMERGING_CATEGORIES) assert.notEqual(vi[`hotspot.emerging.${category}`], en[`hotspot.emerging.${category}`]);
});

test('a message can be read in a language other than the current one', () => {
  setMessages('vi', { 'x.y': 'Điểm nóng mới' });
  setMessages('en', { 'x.y': 'New Hot Spot' });
  assert.equal(t('x.y'), 'Điểm nóng mới');
  assert.equal(tIn('en', 'x.y'), 'New Hot Spot');
  assert.equal(tIn('fr', 'x.y'), 'x.y');
});

test('English counts take the singular for one; Vietnamese has one form', () => {
  setMessages('en', { 'n.v': { one: '{n} violation', other: '{n} violations' } });
  setMessages('vi', { 'n.v': '{n} vi phạm' });
  assert.equal(t('n.v', { n: 1 }), '1 vi phạm');
  applyLanguage('en', { documentElement: null, querySelectorAll: () => [] });
  try {
    assert.equal(t('n.v', { n: 1 }), '1 violation');
    assert.equal(t('n.v', { n: 0 }), '0 violations');
    assert.equal(t('n.v', { n: 2 }), '2 violations');
    // an already formatted number is counted by params.count
    assert.equal(t('n.v', { n: '1,250', count: 1250 }), '1,250 violations');
    assert.equal(t('n.v', { n: '1', count: 1 }), '1 violation');
  } finally {
    applyLanguage('vi', { documentElement: null, querySelectorAll: () => [] });
  }
});

test('every English count with a plural form has "one" and "other"', () => {
  for (const [key, value] of Object.entries(en)) {
    if (typeof value === 'object') assert.ok(value.one && value.other, key);
  }
  for (const [key, value] of Object.entries(vi)) assert.equal(typeof value, 'string', key);
});

test('the verification kinds of the regulation data are named in both languages', () => {
  for (const kind of ['verified', 'corroborated', 'recalled', 'notRetrieved', 'carriedOver']) {
    assert.ok(vi[`verification.${kind}`], `vi ${kind}`);
    assert.ok(en[`verification.${kind}`], `en ${kind}`);
  }
});
