import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { t, tCode, setMessages } from '../js/i18n.js';

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
