import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decimal, exceedance, limitFor, parameterChoices } from '../js/forms/sample-limits.js';

const limits = [
  { medium: 'wastewater', parameter: 'COD', nameVi: 'COD', nameEn: 'COD', unit: 'mg/L', column: 'A', min: null, max: 75 },
  { medium: 'wastewater', parameter: 'COD', nameVi: 'COD', nameEn: 'COD', unit: 'mg/L', column: 'B', min: null, max: 150 },
  { medium: 'wastewater', parameter: 'pH', nameVi: 'pH', nameEn: 'pH', unit: 'pH', column: 'B', min: 5.5, max: 9 },
  { medium: 'emission', parameter: 'dust', nameVi: 'Bụi tổng', nameEn: 'Total dust', unit: 'mg/Nm³', column: 'B', min: null, max: 200 },
  { medium: 'wastewater', parameter: 'X', nameVi: 'X', nameEn: 'X', unit: 'mg/L', column: 'B', min: null, max: null },
];

test('the limit is the row of the medium, parameter and column, column B unless said', () => {
  assert.equal(limitFor(limits, { medium: 'wastewater', parameter: 'COD' }).max, 150);
  assert.equal(limitFor(limits, { medium: 'wastewater', parameter: 'COD', column: 'A' }).max, 75);
  assert.equal(limitFor(limits, { medium: 'emission', parameter: 'COD' }), null);
  assert.equal(limitFor(null, { medium: 'wastewater', parameter: 'COD' }), null);
});

test('a medium offers each of its parameters once, named in the page language with the unit', () => {
  assert.deepEqual(parameterChoices(limits, 'emission', 'en'), [{ value: 'dust', label: 'Total dust (mg/Nm³)', unit: 'mg/Nm³' }]);
  assert.deepEqual(parameterChoices(limits, 'wastewater', 'vi').map((c) => c.value), ['COD', 'pH', 'X']);
});

test('decimals are read exactly, exponents included', () => {
  assert.deepEqual(decimal('12.50'), { units: 1250n, scale: 2 });
  assert.deepEqual(decimal(1e-7), { units: 1n, scale: 7 });
  assert.deepEqual(decimal('1e3'), { units: 1000n, scale: 0 });
  assert.deepEqual(decimal(-0.5), { units: -5n, scale: 1 });
  assert.equal(decimal('abc'), null);
  assert.equal(decimal(''), null);
  assert.equal(decimal(null), null);
});

test('the factor is the service\'s: value / max, min / value below a range, half up to three decimals', () => {
  const cod = limitFor(limits, { medium: 'wastewater', parameter: 'COD' });
  const ph = limitFor(limits, { medium: 'wastewater', parameter: 'pH' });
  // the figures InspectionApiIT asserts on what the service stored
  assert.equal(exceedance(cod, 410), '2.733');
  assert.equal(exceedance({ max: 0.5 }, 0.8), '1.600');
  assert.equal(exceedance(ph, 4.4), '1.250');
  assert.equal(exceedance(ph, 7.2), '0.800');
  assert.equal(exceedance(ph, 9.9), '1.100');
  assert.equal(exceedance({ max: 1 }, '1.0005'), '1.001');
  assert.equal(exceedance({ max: 1 }, '1.0004999'), '1.000');
  assert.equal(exceedance({ max: 1 }, '-1.0005'), '-1.001');
  assert.equal(exceedance({ max: 3 }, 0), '0.000');
  assert.equal(exceedance({ max: 3 }, 1), '0.333');
  assert.equal(exceedance({ max: 3 }, 2), '0.667');
  assert.equal(exceedance({ max: 0.1 }, 0.3), '3.000');
});

test('no factor without a positive maximum or a number', () => {
  assert.equal(exceedance({ max: null }, 5), null);
  assert.equal(exceedance({ max: 0 }, 5), null);
  assert.equal(exceedance(null, 5), null);
  assert.equal(exceedance({ max: 5 }, 'x'), null);
});
