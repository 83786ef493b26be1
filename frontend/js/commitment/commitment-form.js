// Recording a signed commitment (POST /api/v1/sites/{id}/commitments, multipart: the commitment as JSON and the scan
// of the signed page). The form kit keeps a draft and shows the service's problems next to each field; the scan is
// not part of the draft (a browser cannot put a file back into a file field).
import * as api from '../api.js';
import { urls } from '../urls.js';
import { t, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { createForm, field, formDialog, group } from '../forms/form-kit.js';
import { today } from '../forms/dates.js';
import { commitmentBody } from './coverage-style.js';

export const PROMISES = ['no_scrap_recycling', 'no_scrap_collection', 'relocate_to_cluster', 'stop_discharge', 'other'];
export const ROLES = ['household_head', 'director', 'other'];

/** The scan's field: a file input without a name, so that the draft leaves it alone; problems on "scan" land here. */
function scanField() {
  const input = h('input', { type: 'file', id: 'commitment-scan', accept: 'image/jpeg,image/png', capture: 'environment',
    'data-testid': 'commitment-scan-input', 'aria-required': 'true' });
  const wrapper = h('div', { class: ['form-field', 'form-field-file'], 'data-field': 'scan' },
    h('label', { for: 'commitment-scan' }, t('commitment.field.scan'),
      h('span', { class: 'form-required', 'aria-hidden': 'true' }, ' *')),
    input,
    h('p', { class: 'form-hint' }, t('commitment.field.scanHint')),
    h('p', { class: 'form-error', id: 'commitment-scan-error', hidden: true }));
  return { wrapper, input };
}

/**
 * Opens the form of a site in a dialog; on success the site's panel and the coverage reload ('site:changed').
 * @param {{site: object, bus: object}} options site: the panel's feature
 */
export function openCommitmentForm({ site, bus }) {
  const id = site.id;
  let dialog = null;
  const scan = scanField();
  const form = createForm({
    name: 'commitment',
    record: id,
    submitLabel: t('commitment.record.save'),
    submit: (body, values) => {
      const data = new FormData();
      data.append('commitment', new Blob([JSON.stringify(commitmentBody(values, PROMISES))], { type: 'application/json' }));
      if (scan.input.files[0]) data.append('scan', scan.input.files[0]);
      return api.sendForm(urls.siteCommitments(id), data);
    },
    onSuccess: () => {
      dialog.close();
      bus.emit('notice', t('commitment.record.saved'));
      bus.emit('site:changed', { id });
    },
  });
  form.add(
    field('date', 'signedOn', { label: t('commitment.field.signedOn'), required: true, value: today(), attrs: { max: today() } }),
    field('text', 'signerName', { label: t('commitment.field.signerName'), required: true, attrs: { maxlength: 200, autocomplete: 'off' } }),
    field('select', 'signerRole', { label: t('commitment.field.signerRole'), required: true,
      options: ROLES.map((code) => ({ value: code, label: tCode('commitment.role', code) })) }),
    group('promises', t('commitment.field.promises'),
      PROMISES.map((code) => field('checkbox', `promise.${code}`, { label: tCode('commitment.promise', code) }))),
    field('date', 'relocateBy', { label: t('commitment.field.relocateBy'), hint: t('commitment.field.relocateByHint') }),
    field('textarea', 'promiseOther', { label: t('commitment.field.promiseOther'), attrs: { maxlength: 2000 } }),
    field('date', 'validUntil', { label: t('commitment.field.validUntil'), required: true }),
    scan.wrapper);
  form.restore();
  dialog = formDialog({ title: t('commitment.record.title', { name: site.properties.name || id }), content: form.el,
    testId: 'commitment-form' });
  dialog.open();
  return dialog;
}
