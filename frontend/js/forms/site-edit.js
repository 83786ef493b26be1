// Editing a site from its panel: its attributes in the form, its shape on the map, saved as a JSON merge patch under
// If-Match. A stale version (412) names who changed what since, and the current version can be loaded without
// losing what the user typed.
import { send } from '../api.js';
import { t } from '../i18n.js';
import { urls } from '../urls.js';
import { createForm } from './form-kit.js';
import { editableGeometry, ifMatch, showReloaded, sideDialog, staleNotice } from './site-dialog.js';
import { fieldLabel, parentOptions, siteFields, valuesOf } from './site-fields.js';
import { mergePatch, mergeReloaded } from './site-stale.js';

// to the 6 decimals (about 0.1 m) that the service writes GeoJSON with
const rounded = (geometry) => JSON.stringify(geometry, (key, value) => (typeof value === 'number' ? Math.round(value * 1e6) : value));
const sameGeometry = (a, b) => rounded(a) === rounded(b);

/** Sets the form's controls to values (by name); a value of null empties the control. */
function fill(formEl, values) {
  for (const control of formEl.elements) {
    if (control.name && control.name in values) control.value = values[control.name] ?? '';
  }
}

/**
 * Opens the edit form of a site (its detail feature, with properties.version).
 * @param {{api: object, bus: object, config: object, access: object, map: object, sites: () => object[]}} context
 */
export async function openSiteEdit(feature, { api, bus, config, access, map, sites }) {
  let opened = { version: feature.properties.version, values: valuesOf(feature), geometry: feature.geometry };
  const shape = await editableGeometry(map, feature.geometry, { hint: t('siteForm.hint.editGeometry') });
  let dialog = null;

  const form = createForm({
    name: 'site-edit',
    record: feature.id,
    submitLabel: t('siteForm.edit.submit'),
    submit: (body, values) => {
      const patch = mergePatch(opened.values, Object.fromEntries(Object.keys(opened.values).map((name) => [name, values[name] ?? null])));
      const geometry = shape.geometry();
      if (!sameGeometry(geometry, opened.geometry)) patch.geometry = geometry;
      return send(urls.site(feature.id), { method: 'PATCH', json: patch, headers: ifMatch(opened.version) });
    },
    onSuccess: () => {
      dialog.close();
      bus.emit('notice', t('siteForm.edit.done'));
      bus.emit('site:changed', { id: feature.id });
    },
    onStale: (error) => staleNotice(error, {
      async reload() {
        const current = await api.site(feature.id);
        const merged = mergeReloaded(opened.values, form.values(), valuesOf(current));
        // a shape the user did not move follows the current version; one they moved stays where they put it
        if (sameGeometry(shape.geometry(), opened.geometry)) await shape.show(current.geometry);
        else merged.kept.push('geometry');
        opened = { version: current.properties.version, values: valuesOf(current), geometry: current.geometry };
        fill(form.el, merged.values);
        form.save();
        showReloaded(form, t('siteForm.stale.reloaded', {
          version: current.properties.version,
          kept: merged.kept.length ? merged.kept.map(fieldLabel).join(', ') : '—',
        }));
      },
    }),
  });
  form.add(shape.el, siteFields({ config, access, values: opened.values, parents: parentOptions(sites(), feature.id) }));
  form.restore();
  dialog = sideDialog({
    title: t('siteForm.edit.title', { name: feature.properties.name }),
    content: form.el,
    testId: 'site-edit-form',
    onClose: () => shape.stop(),
  });
  dialog.open();
  return dialog;
}
