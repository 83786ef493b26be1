import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeChanges, mergePatch, mergeReloaded } from '../js/forms/site-stale.js';

test('a stale version says who changed which fields when, in the words given', () => {
  const problem = {
    status: 412,
    changes: [
      { by: 'xa.vocuong', at: '2026-11-30T10:41:00Z', action: 'site.update', fields: ['name', 'address'] },
      { by: 'moitruong', at: '2026-11-30T10:45:00Z', action: 'site.location', fields: ['geometry', 'locationPrecision'] },
    ],
  };
  const labels = { name: 'Tên', address: 'Địa chỉ', geometry: 'Vị trí', locationPrecision: 'Độ chính xác' };
  assert.deepEqual(describeChanges(problem, (field) => labels[field], (iso) => iso.slice(11, 16)), [
    { by: 'xa.vocuong', at: '10:41', action: 'site.update', fields: 'Tên, Địa chỉ' },
    { by: 'moitruong', at: '10:45', action: 'site.location', fields: 'Vị trí, Độ chính xác' },
  ]);
  assert.deepEqual(describeChanges({ status: 412 }, String, String), []);
});

test('reloading keeps what the user changed and takes the rest from the current version', () => {
  const opened = { name: 'Xưởng A', address: 'thôn 1', note: null };
  const typed = { name: 'Xưởng A', address: 'thôn 2', note: null };
  const current = { name: 'Xưởng A mới', address: 'thôn 1', note: 'đã kiểm tra' };
  assert.deepEqual(mergeReloaded(opened, typed, current), {
    values: { name: 'Xưởng A mới', address: 'thôn 2', note: 'đã kiểm tra' },
    kept: ['address'],
  });
});

test('the merge patch holds the changed fields only, null for a cleared one', () => {
  assert.deepEqual(mergePatch({ name: 'A', address: 'x', note: 'n', parentId: 3 },
    { name: 'B', address: 'x', note: null, parentId: 3 }), { name: 'B', note: null });
  assert.deepEqual(mergePatch({ name: 'A' }, { name: 'A' }), {});
});
