// Recording an inspection of a site with its samples and violations (POST /api/v1/inspections, one transaction).
// While a sample is typed the form shows the limit in force on the inspection's date and the exceedance factor,
// computed as the service will store it (sample-limits.js).
import * as api from '../api.js';
import { urls } from '../urls.js';
import { getLang, t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formatNumber } from '../util/format.js';
import { isUnverified } from '../util/verification.js';
import { rowCount, typed } from './form-values.js';
import { createForm, field, formDialog, group, setOptions } from './form-kit.js';
import { exceedance, limitFor, parameterChoices } from './sample-limits.js';
import { today } from './dates.js';
import { citableObservations, withEvidence } from '../evidence/evidence-logic.js';
import { evidencePicker } from '../evidence/evidence-picker.js';

const COLUMNS = ['B', 'A'];
const SEVERITIES = [1, 2, 3];

/** Limits by date, each asked once: a date change is one request. */
function limitsByDate() {
  const cache = new Map();
  return (date) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date || '')) return Promise.resolve([]);
    if (!cache.has(date)) {
      cache.set(date, api.limitsInForce(date).then((answer) => answer.limits).catch((error) => {
        cache.delete(date);
        throw error;
      }));
    }
    return cache.get(date);
  };
}

/** Rows of a group ('samples[0]…'), renumbered after one is removed so names stay the API's field paths. */
function rows(prefix, build, onChange) {
  const list = h('div', { class: 'form-rows', 'data-rows': prefix });
  const pattern = new RegExp(`^${prefix}\\[\\d+\\]`);
  function renumber() {
    [...list.children].forEach((row, index) => {
      row.dataset.row = String(index);
      row.querySelector('.form-row-title').textContent = t(`record.${prefix}.row`, { n: index + 1 });
      for (const el of row.querySelectorAll('[name], [data-field]')) {
        if (el.name) el.name = el.name.replace(pattern, `${prefix}[${index}]`);
        if (el.dataset.field) el.dataset.field = el.dataset.field.replace(pattern, `${prefix}[${index}]`);
      }
    });
  }
  function add() {
    const index = list.children.length;
    const row = h('div', { class: 'form-row', 'data-testid': `${prefix}-row`, 'data-row': String(index) },
      h('div', { class: 'form-row-header' },
        h('h4', { class: 'form-row-title' }, t(`record.${prefix}.row`, { n: index + 1 })),
        h('button', { type: 'button', class: 'form-link', 'data-testid': `${prefix}-remove`, onClick: () => {
          row.remove();
          renumber();
          onChange();
        } }, t('record.removeRow'))));
    row.append(...build(`${prefix}[${index}]`, row));
    list.append(row);
    return row;
  }
  return { list, add, rows: () => [...list.children] };
}

/**
 * Opens the inspection form of a site in a dialog; on success the site's layers and panel reload ('site:changed').
 * @param {{site: object, config: object, bus: object}} options config: /api/v1/config (code lists)
 */
export function openInspectionForm({ site, config, bus }) {
  const id = site.id;
  const lang = getLang();
  const limitsOn = limitsByDate();
  let limits = [];
  let dialog = null;
  const form = createForm({
    name: 'inspection',
    record: id,
    submitLabel: t('record.inspection.save'),
    // the team's checkboxes become the list the API takes
    submit: ({ agency = {}, ...body }) => api.send(urls.inspections(), { json: withEvidence({
      ...body, siteId: id, team: config.agencies.filter((code) => agency[code]) }) }),
    onSuccess: () => {
      dialog.close();
      bus.emit('notice', t('record.inspection.saved'));
      bus.emit('site:changed', { id });
    },
  });
  const choices = (prefix, codes) => codes.map((code) => ({ value: code, label: tCode(prefix, code) }));
  // the site's field observations, which the inspection and each decision may cite (asked once)
  const observations = api.siteHistory(id).then((history) => citableObservations(history.entries))
    .catch((error) => {
      bus.emit('error', error);
      return [];
    });
  const evidenceGroup = (name, prefix) => {
    const holder = h('div', { class: 'evidence-holder' }, h('p', { class: 'muted small' }, t('evidence.picker.loading')));
    observations.then((list) => {
      const at = typeof prefix === 'function' ? prefix() : prefix;
      mount(holder, evidencePicker(at, list, { siteId: id, draft: form.draft() || {} }));
    });
    return group(name, t('evidence.picker.title'), h('p', { class: 'form-hint' }, t('evidence.picker.hint')), holder);
  };

  // one sample: medium, parameter, value, unit, column and, below, the limit in force with the factor
  function sampleRow(path, row) {
    const medium = field('select', `${path}.medium`, { label: t('samples.medium'), required: true, value: 'wastewater',
      options: choices('sample.medium', config.media) });
    const parameter = field('select', `${path}.parameter`, { label: t('samples.parameter'), required: true });
    const value = field('number', `${path}.value`, { label: t('samples.value'), required: true });
    const unit = field('text', `${path}.unit`, { label: t('samples.unit'), required: true });
    const column = field('select', `${path}.column`, { label: t('record.samples.column'), value: 'B',
      options: COLUMNS.map((code) => ({ value: code, label: t(`record.samples.column.${code}`) })) });
    const judged = h('p', { class: 'form-limit', 'data-testid': 'sample-limit', 'aria-live': 'polite' });
    row.addEventListener('input', () => showLimit(row));
    row.addEventListener('change', (event) => {
      if (event.target.name?.endsWith('.medium')) fillParameters(row);
      if (event.target.name?.endsWith('.parameter')) fillUnit(row);
      showLimit(row);
    });
    return [h('div', { class: 'form-columns form-columns-sample' }, medium, parameter, value, unit, column), judged];
  }

  const control = (row, name) => row.querySelector(`[name$=".${name}"]`);

  function fillParameters(row) {
    setOptions(control(row, 'parameter'), parameterChoices(limits, control(row, 'medium').value, lang));
    fillUnit(row);
  }

  function fillUnit(row) {
    const choice = parameterChoices(limits, control(row, 'medium').value, lang)
      .find((option) => option.value === control(row, 'parameter').value);
    const unit = control(row, 'unit');
    // the parameter's unit, unless the user typed another
    if (choice && (!unit.value || unit.value === unit.dataset.auto)) {
      unit.value = choice.unit;
      unit.dataset.auto = choice.unit;
    }
  }

  function showLimit(row) {
    const out = row.querySelector('[data-testid=sample-limit]');
    const limit = limitFor(limits, { medium: control(row, 'medium').value, parameter: control(row, 'parameter').value,
      column: control(row, 'column').value });
    delete out.dataset.exceedance;
    out.className = 'form-limit';
    if (!control(row, 'parameter').value) return mount(out);
    if (!limit || limit.max == null) return mount(out, t('record.samples.noLimit'));
    // members without a value are left out of the answer
    const bound = limit.min == null ? formatNumber(limit.max, lang, 6)
      : `${formatNumber(limit.min, lang, 6)}–${formatNumber(limit.max, lang, 6)}`;
    // the value as it will be sent (typed as the API reads it), so that the factor is the one it stores
    const sent = typed(control(row, 'value').value, 'number');
    const factor = typeof sent === 'number' ? exceedance(limit, sent) : null;
    const parts = [t('record.samples.limit', { limit: bound, unit: limit.unit, regulation: limit.regulation,
      column: limit.column })];
    if (factor !== null) {
      out.dataset.exceedance = factor;
      out.classList.add(Number(factor) > 1 ? 'form-limit-exceeded' : 'form-limit-within');
      parts.push(t(Number(factor) > 1 ? 'record.samples.exceeded' : 'record.samples.within',
        { factor: formatNumber(factor, lang, 3) }));
    }
    if (isUnverified(limit.verification, limit.column)) parts.push(t('samples.unverified'));
    return mount(out, parts.join(' · '));
  }

  function violationRow(path, row) {
    const f = (type, name, options) => field(type, `${path}.${name}`, options);
    return [
      h('div', { class: 'form-columns' },
        f('select', 'category', { label: t('record.violations.category'), required: true,
          options: choices('violation.category', config.violationCategories) }),
        f('select', 'severity', { label: t('violation.severity'), required: true, value: '2',
          options: SEVERITIES.map((n) => ({ value: String(n), label: t(`record.violations.severity.${n}`) })),
          attrs: { 'data-type': 'number' } })),
      f('text', 'legalReference', { label: t('violation.legal'), hint: t('record.violations.legalHint'),
        attrs: { maxlength: 300 } }),
      h('div', { class: 'form-columns' },
        f('text', 'decisionNumber', { label: t('record.violations.decisionNumber'), attrs: { maxlength: 100 } }),
        f('date', 'decidedOn', { label: t('record.violations.decidedOn') }),
        f('integer', 'fineVnd', { label: t('record.violations.fine') }),
        f('select', 'status', { label: t('violation.state'), value: 'open',
          options: choices('violation.status', config.violationStatuses) })),
      h('div', { class: 'form-columns' },
        f('select', 'issuingAuthority', { label: t('evidence.authority.label'), hint: t('evidence.authority.hint'),
          options: choices('evidence.authority', config.issuingAuthorities || []) }),
        f('text', 'issuingAuthorityName', { label: t('evidence.authority.name'),
          hint: t('evidence.authority.nameHint'), attrs: { maxlength: 200 } })),
      f('text', 'additionalSanctions', { label: t('violation.additional'), attrs: { maxlength: 2000 } }),
      h('div', { class: 'form-columns form-columns-remedy' },
        f('textarea', 'remedialMeasures', { label: t('violation.remedial'), attrs: { maxlength: 4000 } }),
        f('date', 'remedialDeadline', { label: t('violation.deadline') })),
      // named when the observations arrive: rows removed meanwhile renumber the others
      evidenceGroup(`${path}.evidence`, () => `violations[${row.dataset.row}].cite`),
    ];
  }

  const samples = rows('samples', sampleRow, () => form.save());
  const violations = rows('violations', violationRow, () => form.save());
  const date = field('date', 'inspectedOn', { label: t('record.inspection.date'), required: true, value: today(),
    attrs: { max: today() } });

  async function loadLimits() {
    const wanted = date.querySelector('input').value;
    let loaded = [];
    try {
      loaded = await limitsOn(wanted);
    } catch (error) {
      bus.emit('error', error);
    }
    // an answer for a date changed since is not the one in force
    if (wanted !== date.querySelector('input').value) return;
    limits = loaded;
    samples.rows().forEach((row) => {
      fillParameters(row);
      showLimit(row);
    });
  }
  date.querySelector('input').addEventListener('change', loadLimits);

  form.add(
    h('div', { class: 'form-columns' }, date,
      field('select', 'kind', { label: t('record.inspection.kind'), required: true,
        options: choices('inspection.kind', config.inspectionKinds) })),
    group('team', t('record.inspection.team'), h('div', { class: 'form-checks' },
      config.agencies.map((code) => field('checkbox', `agency.${code}`, { label: tCode('inspection.team', code) })))),
    field('text', 'legalBasis', { label: t('history.legalBasis'), hint: t('record.inspection.legalBasisHint'),
      attrs: { maxlength: 500 } }),
    field('textarea', 'outcome', { label: t('history.outcome'), attrs: { maxlength: 4000 } }),
    evidenceGroup('evidence', 'cite'),
    group('samples', t('record.samples.title'), samples.list,
      h('button', { type: 'button', class: 'form-button form-button-secondary', 'data-testid': 'samples-add',
        onClick: () => {
          fillParameters(samples.add());
          form.save();
        } }, t('record.samples.add'))),
    group('violations', t('record.violations.title'), violations.list,
      h('button', { type: 'button', class: 'form-button form-button-secondary', 'data-testid': 'violations-add',
        onClick: () => {
          violations.add();
          form.save();
        } }, t('record.violations.add'))));

  // the draft's rows first, then its values, then the limits of its date
  const draft = form.draft();
  for (let i = 0; i < rowCount(draft, 'samples'); i += 1) samples.add();
  for (let i = 0; i < rowCount(draft, 'violations'); i += 1) violations.add();
  form.restore();
  loadLimits();
  dialog = formDialog({ title: t('record.inspection.title', { name: site.properties.name || id }), content: form.el,
    testId: 'inspection-form' });
  dialog.open();
  return dialog;
}
