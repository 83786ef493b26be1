// The second screen: what was seen at one site (or at a point not on the list): a status change if any, the
// findings, a note, up to five photos from the camera, the phone's position and the time.
import { getLang, t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { buildObservation, FINDINGS, MAX_PHOTOS, problems } from './observation.js';
import { formatSavedAt } from './snapshot.js';

/**
 * @param {HTMLElement} el
 * @param {{site: object|null, statuses: string[], position: () => object|null, onLocate: Function, onBack: Function,
 *          onSave: (draft: {siteId, siteName, observation, photos}) => Promise<void>, backLabel?: string}} options
 *   site null: a site not on the list (the service makes a suspected site at the position)
 * @returns {{showPosition: Function}} redraws the position line when the phone reports a new one
 */
export function openObservationForm(el, { site, statuses, position, onLocate, onBack, onSave, backLabel = t('field.form.back') }) {
  const photos = [];
  const openedAt = new Date();
  const status = h('select', { name: 'status', class: 'field-select', 'data-testid': 'field-status-change' },
    h('option', { value: '' }, t('field.form.noChange')),
    statuses.filter((code) => code !== site?.properties?.status)
      .map((code) => h('option', { value: code }, tCode('site.status', code))));
  // a site not on the list is registered under the name given here
  const name = site ? null : h('input', { type: 'text', name: 'siteName', maxlength: 300, class: 'field-input',
    'data-testid': 'field-site-name', autocomplete: 'off' });
  const findings = FINDINGS.map((code) => h('label', { class: 'field-check', 'data-testid': `field-finding-${code}` },
    h('input', { type: 'checkbox', name: 'findings', value: code }), h('span', null, t(`field.finding.${code}`))));
  const note = h('textarea', { name: 'note', rows: 3, maxlength: 2000, 'data-testid': 'field-note' });
  const thumbs = h('ul', { class: 'field-thumbs', 'data-testid': 'field-thumbs' });
  const camera = h('input', { type: 'file', accept: 'image/*', capture: 'environment', multiple: true, class: 'field-file',
    'data-testid': 'field-photos', onChange: () => {
      photos.push(...[...camera.files].slice(0, MAX_PHOTOS - photos.length));
      camera.value = '';
      drawPhotos();
    } });
  const cameraLabel = h('label', { class: 'field-button field-button-secondary field-camera' }, t('field.form.photos'), camera);
  const where = h('p', { class: 'field-here', 'data-testid': 'field-form-position' });
  const error = h('p', { class: 'field-error', role: 'alert', 'data-testid': 'field-error', hidden: true });
  const save = h('button', { type: 'submit', class: 'field-button field-primary', 'data-testid': 'field-save' }, t('field.form.save'));

  function drawPhotos() {
    for (const img of thumbs.querySelectorAll('img')) URL.revokeObjectURL(img.src);
    mount(thumbs, photos.map((file, index) => h('li', null,
      h('img', { src: URL.createObjectURL(file), alt: t('field.form.photo', { n: index + 1 }) }),
      h('button', { type: 'button', class: 'field-thumb-remove', 'aria-label': t('field.form.photoRemove', { n: index + 1 }),
        onClick: () => { photos.splice(index, 1); drawPhotos(); } }, '×'))));
    cameraLabel.hidden = photos.length >= MAX_PHOTOS;
  }

  function showPosition() {
    const at = position();
    where.textContent = at
      ? t('field.form.position', { lat: at.lat.toFixed(6), lon: at.lon.toFixed(6), m: Math.round(at.accuracy) })
      : t('field.form.noPosition');
  }

  const form = h('form', { class: 'field-form', 'data-testid': 'field-form', novalidate: true, onSubmit: async (event) => {
    event.preventDefault();
    const at = position();
    const observation = buildObservation({ status: status.value, note: note.value, siteName: name ? name.value : null,
      findings: findings.map((label) => label.querySelector('input')).filter((box) => box.checked).map((box) => box.value),
      position: at, observedAt: new Date() });
    const found = problems(observation, { photos });
    if (found.length) {
      error.textContent = found.map((problem) => t(problem.key)).join(' ');
      error.hidden = false;
      return;
    }
    error.hidden = true;
    save.disabled = true;
    try {
      await onSave({ siteId: site ? site.id : null, siteName: site?.properties?.name ?? observation.site.name, observation,
        photos: photos.map((file, index) => ({ name: file.name || `photo-${index + 1}.jpg`, type: file.type, blob: file })) });
    } catch (failure) {
      error.textContent = String(failure?.message ?? failure);
      error.hidden = false;
      save.disabled = false;
    }
  } },
  h('div', { class: 'field-form-head' },
    h('button', { type: 'button', class: 'field-button field-button-secondary', 'data-testid': 'field-back', onClick: onBack },
      backLabel),
    h('h2', { 'data-testid': 'field-form-title' }, site ? t('field.form.title', { name: site.properties?.name ?? `#${site.id}` })
      : t('field.form.unlistedTitle'))),
  // a patrol stop knows the site but not its status of the moment: then no line for it
  site ? (site.properties?.status ? h('p', { class: 'field-muted' },
    t('field.form.current', { status: tCode('site.status', site.properties.status) })) : null)
    : h('label', { class: 'field-label' }, t('field.form.siteName'), name),
  h('fieldset', { class: 'field-group', 'data-testid': 'field-findings' }, h('legend', null, t('field.form.findings')), findings),
  h('label', { class: 'field-label' }, t('field.form.note'), note),
  h('div', { class: 'field-group' }, cameraLabel, thumbs),
  h('label', { class: 'field-label' }, t('field.form.status'), status),
  h('div', { class: 'field-group field-when' }, where,
    h('p', { class: 'field-muted' }, t('field.form.time', { time: formatSavedAt(openedAt.toISOString(), getLang()) })),
    h('button', { type: 'button', class: 'field-button field-button-secondary', onClick: onLocate }, t('field.position.refresh'))),
  error,
  save);

  mount(el, form);
  showPosition();
  form.querySelector('h2').focus?.();
  return { showPosition };
}
