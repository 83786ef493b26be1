// What the site forms share: a dialog beside the map that leaves the map usable (to draw and move shapes while the
// form is open), the geometry field, and what a 412 says changed since the form was opened.
import { getLang, t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formDialog, group } from './form-kit.js';
import { fieldLabel, geometrySummary } from './site-fields.js';
import { describeChanges } from './site-stale.js';
import { editShape } from './site-draw.js';

/** A non-modal form dialog over the side panel; Escape and × close it (the form's draft stays). */
export function sideDialog({ title, content, testId, onClose }) {
  const dialog = formDialog({ title, content, testId, onClose });
  dialog.el.classList.add('site-form-dialog');
  dialog.el.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dialog.close();
  });
  return {
    ...dialog,
    open() {
      document.body.append(dialog.el);
      dialog.el.show();
      dialog.el.querySelector('input, select, textarea')?.focus();
    },
  };
}

/**
 * The geometry as a form field (a fieldset, so that a refusal naming "geometry" is shown on it), with its summary
 * and the buttons given (draw again, …).
 * @returns {{el: HTMLElement, show: (geometry: object|null) => void}}
 */
export function geometryField({ hint, buttons = [] }) {
  const summary = h('p', { class: 'site-geometry-summary', 'data-testid': 'geometry-summary' });
  const el = group('geometry', fieldLabel('geometry'),
    summary,
    hint ? h('p', { class: 'form-hint' }, hint) : null,
    buttons.length ? h('div', { class: 'site-geometry-buttons' }, buttons) : null);
  // a refusal naming the geometry moves focus (and the view) here
  el.tabIndex = -1;
  return { el, show: (geometry) => mount(summary, geometrySummary(geometry)) };
}

/** The If-Match header of a site's version. */
export const ifMatch = (version) => ({ 'If-Match': `"${version}"` });

/**
 * A site's shape made editable on the map, its geometry field following it; show(geometry) puts another shape in
 * its place (the current version's, after a reload).
 * @returns {Promise<{el: HTMLElement, show: (geometry: object) => Promise<void>, geometry: () => object, stop: () => void}>}
 */
export async function editableGeometry(map, geometry, { hint }) {
  const where = geometryField({ hint });
  let shape = null;
  const show = async (next) => {
    shape?.stop();
    shape = await editShape(map, next, { onChange: () => where.show(shape.geometry()) });
    where.show(next);
  };
  await show(geometry);
  return { el: where.el, show, geometry: () => shape.geometry(), stop: () => shape?.stop() };
}

/** Says in the form, after a 412, that the current version is loaded (text: what else to say). */
export function showReloaded(form, text) {
  form.clearProblems();
  const message = form.el.querySelector('.form-message');
  message.className = 'form-message form-message-draft';
  message.hidden = false;
  message.replaceChildren(h('p', { 'data-testid': 'stale-reloaded' }, text));
}

const when = (iso) => new Intl.DateTimeFormat(getLang() === 'en' ? 'en-GB' : 'vi-VN',
  { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

/**
 * What a 412 tells: who changed which fields when, and a button to load the current version keeping what the user
 * typed (reload: async () => void).
 */
export function staleNotice(error, { reload }) {
  const changes = describeChanges(error, fieldLabel, when);
  const button = h('button', { type: 'button', class: 'form-button form-button-secondary', 'data-testid': 'stale-reload' },
    t('siteForm.stale.reload'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await reload();
    } finally {
      button.disabled = false;
    }
  });
  const notice = h('div', { class: 'site-stale', 'data-testid': 'stale-changes' },
    changes.length
      ? h('ul', null, changes.map((change) => h('li', null,
        t('siteForm.stale.change', { by: change.by, at: change.at, action: tCode('siteForm.action', change.action),
          fields: change.fields || '—' }))))
      : null,
    button);
  requestAnimationFrame(() => notice.scrollIntoView({ block: 'nearest' }));
  return notice;
}
