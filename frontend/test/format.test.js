import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatFactor, formatMonth, formatNumber, formatP, formatVnd, monthEnd, monthOf, monthStart } from '../js/util/format.js';

const plain = (text) => text.replace(/\s/g, ' ');

test('fines are written in VND the Vietnamese way', () => {
  assert.equal(plain(formatVnd(12500000)), '12.500.000 ₫');
  assert.equal(plain(formatVnd(0)), '0 ₫');
  assert.equal(formatVnd(null), '—');
});

test('dates follow the language', () => {
  assert.equal(formatDate('2024-10-05', 'vi'), '05/10/2024');
  assert.equal(formatDate('2024-10-05', 'en'), '05 Oct 2024');
  assert.equal(formatDate('2023-06-20T00:00:00.000Z', 'vi'), '20/06/2023');
  assert.equal(formatDate(null, 'vi'), '—');
  assert.equal(formatDate('soon', 'vi'), 'soon');
});

test('months follow the language', () => {
  assert.equal(formatMonth('2024-01', 'vi'), '01/2024');
  assert.equal(formatMonth('2024-01', 'en'), 'Jan 2024');
});

test('numbers and exceedance factors use the decimal mark of the language', () => {
  assert.equal(formatNumber(2.734, 'vi'), '2,73');
  assert.equal(formatNumber(1234.5, 'en'), '1,234.5');
  assert.equal(formatFactor(2.734, 'vi'), '×2,73');
  assert.equal(formatFactor(2.734, 'en'), '×2.73');
});

test('month inputs map to the first and last day of the month', () => {
  assert.equal(monthOf('2025-11-01'), '2025-11');
  assert.equal(monthStart('2025-11'), '2025-11-01');
  assert.equal(monthEnd('2026-10'), '2026-10-31');
  assert.equal(monthEnd('2024-02'), '2024-02-29');
  assert.equal(monthEnd('2026-02'), '2026-02-28');
  assert.equal(monthEnd('nonsense'), '');
});

test('p-values have four decimals and tiny ones are written as a bound', () => {
  assert.equal(formatP(0.03125, 'vi'), '0,0313');
  assert.equal(formatP(0.03125, 'en'), '0.0313');
  assert.equal(formatP(1e-9, 'vi'), '< 0,0001');
  assert.equal(formatP(null, 'en'), '—');
});

test('in English, VND amounts take English separators', () => {
  assert.equal(plain(formatVnd(12500000, 'en')), '₫12,500,000');
  assert.equal(plain(formatVnd(12500000, 'vi')), '12.500.000 ₫');
  assert.equal(formatVnd(undefined, 'en'), '—');
});
