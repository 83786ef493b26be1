// A tip's public status by its code (status and dates only), and a form to add information to it.
import { getLang, t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formatDate } from '../util/format.js';
import { refusalText } from './messages.js';
import { formatReference } from './tip-logic.js';

function lookupForm(reference, onLookup) {
  const input = h('input', { id: 'tip-code', name: 'code', type: 'text', inputmode: 'text', autocomplete: 'off',
    autocapitalize: 'characters', spellcheck: 'false', maxlength: '20', value: reference || '', 'data-testid': 'tip-code',
    placeholder: 'XXXX-XXXX-XXXX' });
  const problem = h('p', { class: 'tip-error', role: 'alert', hidden: true });
  return h('form', { class: 'tip-card', 'data-testid': 'tip-lookup', onSubmit: (event) => {
    event.preventDefault();
    const code = formatReference(input.value);
    if (!code) {
      problem.textContent = t('tip.status.badCode');
      problem.hidden = false;
      return;
    }
    onLookup(code);
  } },
  h('label', { for: 'tip-code' }, t('tip.status.code')), input, problem,
  h('button', { type: 'submit', class: 'tip-button' }, t('tip.status.lookup')));
}

function facts(status) {
  const row = (key, value, testid) => [h('dt', null, t(key)), h('dd', { 'data-testid': testid }, value)];
  return h('dl', { class: 'tip-facts' },
    row('tip.status.reference', status.reference, 'tip-status-reference'),
    row('tip.status.state', tCode('tip.state', status.status), 'tip-status-state'),
    row('tip.status.receivedOn', formatDate(status.receivedOn, getLang()), 'tip-status-received'),
    row('tip.status.respondBy', formatDate(status.respondBy, getLang()), 'tip-status-respond-by'),
    row('tip.status.changedOn', formatDate(status.statusChangedOn, getLang()), 'tip-status-changed'),
    row('tip.status.additions', String(status.additions), 'tip-status-additions'));
}

function additionForm(el, { api, status, render }) {
  const text = h('textarea', { id: 'tip-addition', rows: '4', maxlength: '2000', 'data-testid': 'tip-addition' });
  const problem = h('p', { class: 'tip-error', role: 'alert', hidden: true });
  const button = h('button', { type: 'submit', class: 'tip-button', 'data-testid': 'tip-add' }, t('tip.status.add'));
  return h('form', { class: 'tip-card', onSubmit: async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      problem.textContent = t('tip.status.addEmpty');
      problem.hidden = false;
      return;
    }
    button.disabled = true;
    try {
      render(await api.addToTip(status.reference, text.value.trim()), t('tip.status.added'));
    } catch (error) {
      problem.textContent = refusalText(error);
      problem.hidden = false;
      button.disabled = false;
    }
  } },
  h('label', { for: 'tip-addition' }, t('tip.status.addLabel')), text,
  h('p', { class: 'tip-note' }, t('tip.status.addNote')), problem, button);
}

/** @param {{api: object, reference: string, onNew: Function, onLookup: Function}} options */
export async function mountTipStatus(el, { api, reference, onNew, onLookup }) {
  const render = (status, notice = null) => mount(el,
    h('h2', null, t('tip.status.title')),
    notice ? h('p', { class: 'tip-notice', role: 'status', 'data-testid': 'tip-notice' }, notice) : null,
    h('section', { class: 'tip-card', 'data-testid': 'tip-status' }, facts(status)),
    additionForm(el, { api, status, render }),
    h('button', { type: 'button', class: 'tip-link-button', onClick: onNew }, t('tip.status.new')));
  if (!reference) {
    mount(el, h('h2', null, t('tip.status.title')), lookupForm('', onLookup),
      h('button', { type: 'button', class: 'tip-link-button', onClick: onNew }, t('tip.status.new')));
    return;
  }
  mount(el, h('h2', null, t('tip.status.title')), h('p', { class: 'tip-note' }, t('tip.loading')));
  try {
    render(await api.tipStatus(reference));
  } catch (error) {
    mount(el, h('h2', null, t('tip.status.title')),
      h('p', { class: 'tip-error', role: 'alert', 'data-testid': 'tip-status-missing' },
        error?.status === 404 ? t('tip.status.notFound') : refusalText(error)),
      lookupForm(reference, onLookup),
      h('button', { type: 'button', class: 'tip-link-button', onClick: onNew }, t('tip.status.new')));
  }
}
