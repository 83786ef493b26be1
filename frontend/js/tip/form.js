// The public tip form: where (map or phone), what was seen, when, photos to come, anonymous or with a contact.
import { t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { refusalText } from './messages.js';
import { renderNearby } from './nearby.js';
import { createPlacePicker, mapHint } from './place-picker.js';
import { MAX_PHOTOS, shrink } from './photo-shrink.js';
import { FINDINGS, payloadOf, problemsOf, todayIn } from './tip-logic.js';

const field = (name, ...children) => h('div', { class: 'tip-field', 'data-field': name }, ...children);
const problemEl = (name) => h('p', { class: 'tip-error', role: 'alert', hidden: true, 'data-problem': name });

function box({ type, name, value, label, checked, testid, onChange }) {
  return h('label', { class: 'tip-box', 'data-testid': testid },
    h('input', { type, name, value, checked, onChange }), h('span', null, label));
}

/** @param {{api: object, config: object, bus: object, onFollow: Function}} options */
export function mountTipForm(el, { api, config, bus, onFollow }) {
  const today = todayIn();
  const draft = { position: null, findings: [], seenOn: today, description: '', anonymous: true, contact: '',
    officialsInvolved: false, siteId: null, sameAs: null };
  const position = h('p', { class: 'tip-position', 'data-testid': 'tip-position', 'aria-live': 'polite' }, t('tip.position.none'));
  const nearby = h('section', { class: 'tip-nearby', 'data-testid': 'tip-nearby', hidden: true, 'aria-live': 'polite' });
  const mapEl = h('div', { class: 'tip-map', 'data-testid': 'tip-map', role: 'application', 'aria-describedby': 'tip-map-hint',
    'aria-label': t('tip.position.map') });
  const contact = h('input', { id: 'tip-contact', type: 'text', inputmode: 'email', autocomplete: 'off', maxlength: '200',
    'data-testid': 'tip-contact', onInput: (event) => { draft.contact = event.target.value; } });
  const contactField = field('contact', h('label', { for: 'tip-contact' }, t('tip.contact.label')), contact,
    h('p', { class: 'tip-note' }, t('tip.contact.confidential')), problemEl('contact'));
  contactField.hidden = true;
  const summary = h('p', { class: 'tip-error', role: 'alert', hidden: true, 'data-testid': 'tip-refusal' });
  const send = h('button', { type: 'submit', class: 'tip-button tip-send', 'data-testid': 'tip-send' }, t('tip.send'));
  const locateProblem = problemEl('locate');
  let photos = [];
  const photoList = h('p', { class: 'tip-note', 'data-testid': 'tip-photo-list', 'aria-live': 'polite' });
  const photoInput = h('input', { id: 'tip-photos', type: 'file', accept: 'image/jpeg,image/png', multiple: true,
    'data-testid': 'tip-photos', onChange: async (event) => {
      const chosen = [...event.target.files].slice(0, MAX_PHOTOS);
      photoList.textContent = t('tip.photos.preparing');
      photos = await Promise.all(chosen.map(shrink));
      photoList.textContent = photos.length ? t('tip.photos.chosen', { n: photos.length, max: MAX_PHOTOS }) : '';
    } });

  const choose = (chosen) => {
    Object.assign(draft, chosen);
    renderNearby(nearby, lastNearby, { chosen: draft, onChoose: choose });
  };
  let lastNearby = { tips: [], sites: [] };
  let picker = null;
  const onPlace = async (where) => {
    draft.position = where;
    draft.sameAs = null;
    draft.siteId = null;
    position.textContent = t('tip.position.chosen', { lat: where.lat.toFixed(5), lon: where.lon.toFixed(5) });
    try {
      lastNearby = await api.tipsNearby(where);
      renderNearby(nearby, lastNearby, { chosen: draft, onChoose: choose });
    } catch {
      nearby.hidden = true;
    }
  };

  const showProblems = (problems) => {
    for (const p of el.querySelectorAll('[data-problem]')) {
      const key = problems[p.dataset.problem];
      p.hidden = !key;
      p.textContent = key ? t(key) : '';
    }
  };
  const form = h('form', { class: 'tip-form', 'data-testid': 'tip-form', novalidate: true, onSubmit: async (event) => {
    event.preventDefault();
    const problems = problemsOf(draft, today);
    showProblems(problems);
    summary.hidden = true;
    if (Object.keys(problems).length) {
      el.querySelector('[data-problem]:not([hidden])')?.scrollIntoView({ block: 'center' });
      return;
    }
    send.disabled = true;
    try {
      const body = payloadOf(draft);
      const { reference } = photos.length ? await api.submitTipWithPhotos(body, photos) : await api.submitTip(body);
      sent(reference);
    } catch (error) {
      summary.textContent = refusalText(error);
      summary.hidden = false;
      send.disabled = false;
    }
  } },
  field('position', h('h3', null, t('tip.position.title')), mapHint(), mapEl,
    h('button', { type: 'button', class: 'tip-button tip-secondary', 'data-testid': 'tip-locate', onClick: async () => {
      const problem = await picker.locate();
      locateProblem.hidden = !problem;
      locateProblem.textContent = problem ? t(problem) : '';
    } }, t('tip.position.locate')), locateProblem, position, problemEl('position')),
  nearby,
  h('fieldset', { class: 'tip-field', 'data-field': 'findings' }, h('legend', null, t('tip.findings.title')),
    FINDINGS.map((code) => box({ type: 'checkbox', name: 'findings', value: code, label: tCode('tip.finding', code),
      testid: `tip-finding-${code}`, onChange: (event) => {
        draft.findings = event.target.checked ? [...draft.findings, code] : draft.findings.filter((c) => c !== code);
      } })), problemEl('findings')),
  field('seenOn', h('label', { for: 'tip-seen-on' }, t('tip.seenOn')),
    h('input', { id: 'tip-seen-on', type: 'date', value: today, max: today, 'data-testid': 'tip-seen-on',
      onChange: (event) => { draft.seenOn = event.target.value; } }), problemEl('seenOn')),
  field('description', h('label', { for: 'tip-description' }, t('tip.description')),
    h('textarea', { id: 'tip-description', rows: '4', maxlength: '2000', 'data-testid': 'tip-description',
      onInput: (event) => { draft.description = event.target.value; } })),
  field('photos', h('label', { for: 'tip-photos' }, t('tip.photos.label')), photoInput, photoList,
    h('p', { class: 'tip-note' }, t('tip.photos.note'))),
  h('fieldset', { class: 'tip-field', 'data-field': 'reporter' }, h('legend', null, t('tip.reporter.title')),
    box({ type: 'radio', name: 'reporter', value: 'anonymous', checked: true, label: t('tip.reporter.anonymous'),
      testid: 'tip-anonymous', onChange: () => { draft.anonymous = true; contactField.hidden = true; } }),
    box({ type: 'radio', name: 'reporter', value: 'contact', label: t('tip.reporter.contact'), testid: 'tip-with-contact',
      onChange: () => { draft.anonymous = false; contactField.hidden = false; contact.focus(); } }),
    contactField),
  field('officials', box({ type: 'checkbox', name: 'officials', value: 'yes', label: t('tip.officials'),
    testid: 'tip-officials', onChange: (event) => { draft.officialsInvolved = event.target.checked; } }),
  h('p', { class: 'tip-note' }, t('tip.officials.note'))),
  summary, send);

  const sent = (reference) => mount(el,
    h('section', { class: 'tip-card tip-sent', 'data-testid': 'tip-sent' },
      h('h2', null, t('tip.sent.title')),
      h('p', null, t('tip.sent.code')),
      h('p', { class: 'tip-reference', 'data-testid': 'tip-reference' }, reference),
      h('p', { class: 'tip-note' }, t('tip.sent.keep')),
      h('button', { type: 'button', class: 'tip-button', 'data-testid': 'tip-follow', onClick: () => onFollow(reference) },
        t('tip.sent.follow'))));

  mount(el,
    h('h2', null, t('tip.form.title')),
    h('p', { class: 'tip-note' }, t('tip.form.intro')),
    h('button', { type: 'button', class: 'tip-link-button', 'data-testid': 'tip-have-code', onClick: () => onFollow('') },
      t('tip.form.haveCode')),
    form);
  // Leaflet measures its element: the map is made once the form is in the page
  picker = createPlacePicker(mapEl, { api, config, bus, onPlace });
}
