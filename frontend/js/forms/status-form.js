// Recording an observed status of a site (POST /api/v1/sites/{id}/status-events): date, new status, reason, evidence
// and, if the observer gives it, where they stood.
import * as api from '../api.js';
import { urls } from '../urls.js';
import { t, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { createForm, field, formDialog, group } from './form-kit.js';
import { today } from './dates.js';

/**
 * Opens the status form of a site in a dialog; on success the site's layers and panel reload ('site:changed').
 * @param {{site: object, statuses: string[], bus: object}} options site: the panel's feature
 */
export function openStatusForm({ site, statuses, bus }) {
  const id = site.id;
  let dialog = null;
  const form = createForm({
    name: 'status',
    record: id,
    submitLabel: t('record.status.save'),
    submit: (body) => api.send(urls.siteStatusEvents(id), { json: body }),
    onSuccess: () => {
      dialog.close();
      bus.emit('notice', t('record.status.saved'));
      bus.emit('site:changed', { id });
    },
  });
  const lon = field('number', 'observedAt.lon', { label: t('record.lon') });
  const lat = field('number', 'observedAt.lat', { label: t('record.lat') });
  const here = navigator.geolocation ? h('button', {
    type: 'button', class: 'form-button form-button-secondary', onClick: () => navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        lon.querySelector('input').value = coords.longitude.toFixed(6);
        lat.querySelector('input').value = coords.latitude.toFixed(6);
        form.save();
      },
      () => bus.emit('notice', t('record.position.unavailable'))),
  }, t('record.position.here')) : null;
  form.add(
    h('p', { class: 'muted' }, t('record.status.current', { status: tCode('site.status', site.properties.status) })),
    field('date', 'occurredOn', { label: t('record.status.date'), required: true, value: today(), attrs: { max: today() } }),
    field('select', 'newStatus', { label: t('record.status.new'), required: true,
      options: statuses.map((code) => ({ value: code, label: tCode('site.status', code) })) }),
    field('textarea', 'reason', { label: t('record.status.reason'), required: true, attrs: { maxlength: 2000 } }),
    field('textarea', 'evidence', { label: t('record.status.evidence'), hint: t('record.status.evidenceHint'),
      attrs: { maxlength: 2000 } }),
    group('observedAt', t('record.status.observedAt'), h('div', { class: 'form-columns' }, lon, lat), here));
  form.restore();
  dialog = formDialog({ title: t('record.status.title', { name: site.properties.name || id }), content: form.el,
    testId: 'status-form' });
  dialog.open();
  return dialog;
}
