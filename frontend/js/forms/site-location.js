// Correcting a site's location: drag its point or its area's vertices where they are, say how
// precisely the new position is known and on whose word; the move is kept in the site's history.
import { send } from '../api.js';
import { getLang, t, tCode } from '../i18n.js';
import { urls } from '../urls.js';
import { h } from '../util/dom.js';
import { createForm, field } from './form-kit.js';
import { editableGeometry, ifMatch, showReloaded, sideDialog, staleNotice } from './site-dialog.js';
import { PRECISIONS } from './site-fields.js';

const today = () => new Date().toISOString().slice(0, 10);

/** The site's location precision in the user's language, as the panel shows it. */
const precisionOf = (p) => (getLang() === 'vi' && p.locationPrecisionVi) || p.locationPrecision || t('siteForm.location.unknown');

/**
 * Opens the location form of a site (its detail feature, with properties.version).
 * @param {{bus: object, map: object}} context
 */
export async function openLocationCorrection(feature, { api, bus, map }) {
  let version = feature.properties.version;
  const shape = await editableGeometry(map, feature.geometry,
    { hint: t(feature.geometry.type === 'Point' ? 'siteForm.location.hint.point' : 'siteForm.location.hint.area') });
  let dialog = null;

  const form = createForm({
    name: 'site-location',
    record: feature.id,
    submitLabel: t('siteForm.location.submit'),
    submit: (body) => send(urls.siteLocationCorrections(feature.id), {
      json: { ...body, geometry: shape.geometry() }, headers: ifMatch(version),
    }),
    onSuccess: () => {
      dialog.close();
      bus.emit('notice', t('siteForm.location.done'));
      bus.emit('site:changed', { id: feature.id });
    },
    onStale: (error) => staleNotice(error, {
      async reload() {
        const current = await api.site(feature.id);
        version = current.properties.version;
        showReloaded(form, t('siteForm.stale.reloadedLocation', { version }));
      },
    }),
  });
  form.add(
    h('p', { class: 'site-precision-now', 'data-testid': 'precision-now' },
      t('siteForm.location.now', { text: precisionOf(feature.properties) })),
    shape.el,
    field('select', 'precision', { label: t('siteForm.field.precision'), required: true,
      options: PRECISIONS.map((code) => ({ value: code, label: tCode('siteForm.precision', code) })) }),
    field('textarea', 'source', { label: t('siteForm.field.source'), required: true, hint: t('siteForm.hint.source'),
      attrs: { maxlength: 500, rows: 2 } }),
    field('date', 'changedOn', { label: t('siteForm.field.changedOn'), value: today(), attrs: { max: today() } }));
  form.restore();
  dialog = sideDialog({
    title: t('siteForm.location.title', { name: feature.properties.name }),
    content: form.el,
    testId: 'site-location-form',
    onClose: () => shape.stop(),
  });
  dialog.open();
  return dialog;
}
