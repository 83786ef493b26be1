import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftKey, isLostConnection, nest, pathOf, problemField, rowCount, sortProblem, typed } from '../js/forms/form-values.js';

test('drafts are kept per form and record', () => {
  assert.equal(draftKey('status', 12), 'diemnong.draft.status.12');
  assert.equal(draftKey('site', null), 'diemnong.draft.site.new');
});

test('values are typed as the API wants them; what is not a number goes as typed so the API names the field', () => {
  assert.equal(typed(''), null);
  assert.equal(typed('  x '), 'x');
  assert.equal(typed('12.5', 'number'), 12.5);
  assert.equal(typed('0,5', 'number'), 0.5);
  assert.equal(typed('abc', 'number'), 'abc');
  assert.equal(typed('', 'number'), null);
  assert.equal(typed('5.000.000', 'integer'), 5000000);
  assert.equal(typed('5 000 000', 'integer'), 5000000);
  assert.equal(typed('5tr', 'integer'), '5tr');
  assert.equal(typed(true, 'boolean'), true);
  assert.equal(typed(false, 'boolean'), false);
});

test('field paths nest into the request body, empty fields and rows left out', () => {
  assert.deepEqual(pathOf('samples[0].value'), ['samples', 0, 'value']);
  assert.deepEqual(pathOf('team[2]'), ['team', 2]);
  assert.deepEqual(nest({ occurredOn: '2026-01-02', evidence: null, 'samples[0].value': 3, 'samples[0].unit': 'mg/L',
    'samples[2].value': 4, 'team[0]': 'environment' }), {
    occurredOn: '2026-01-02', samples: [{ value: 3, unit: 'mg/L' }, { value: 4 }], team: ['environment'],
  });
  assert.deepEqual(nest({}), {});
});

test('rows in a draft are counted by their highest index', () => {
  assert.equal(rowCount({ 'samples[0].value': '1', 'samples[3].unit': 'mg/L', 'violations[0].category': 'x' }, 'samples'), 4);
  assert.equal(rowCount({ reason: 'x' }, 'samples'), 0);
  assert.equal(rowCount(null, 'samples'), 0);
});

test('an error finds its field, else the nearest enclosing one, else none', () => {
  const fields = ['inspectedOn', 'team', 'samples[0].value', 'samples[1].value', 'violations'];
  assert.equal(problemField('samples[1].value', fields), 'samples[1].value');
  assert.equal(problemField('team[1]', fields), 'team');
  assert.equal(problemField('violations[0].decidedOn', fields), 'violations');
  assert.equal(problemField('filedCommuneCode', fields), null);
  assert.equal(problemField(null, fields), null);
});

const problem = {
  status: 400, title: 'Dữ liệu không hợp lệ', detail: 'occurredOn: …',
  errors: [
    { field: 'occurredOn', code: 'future-date', messageVi: 'Ngày không được ở tương lai', messageEn: 'The date may not be in the future' },
    { field: 'filedCommuneCode', code: 'unknown-commune', messageVi: 'Mã xã không có', messageEn: 'No such commune' },
    { field: 'body', code: 'conflict', messageVi: 'Xung đột', messageEn: 'Conflict' },
  ],
};

test('a refusal is sorted per field in the page language; the rest is said for the whole form', () => {
  assert.deepEqual(sortProblem(problem, ['occurredOn', 'reason'], 'vi'), {
    fields: { occurredOn: ['Ngày không được ở tương lai'] },
    general: ['filedCommuneCode: Mã xã không có', 'Xung đột'],
  });
  assert.deepEqual(sortProblem(problem, ['occurredOn'], 'en').fields.occurredOn, ['The date may not be in the future']);
  assert.deepEqual(sortProblem({ status: 403, detail: 'Không có quyền' }, ['reason'], 'vi'),
    { fields: {}, general: ['Không có quyền'] });
});

test('a lost connection is api.js status 0, a refusal is not', () => {
  assert.equal(isLostConnection({ status: 0 }), true);
  assert.equal(isLostConnection({ status: 400 }), false);
  assert.equal(isLostConnection(undefined), false);
});
