// Small pieces shared by the side panels (not a panel itself).
import { t } from '../i18n.js';
import { h } from '../util/dom.js';

export function panelHeader(title, onClose) {
  return h('header', { class: 'panel-header' },
    h('h2', { tabindex: '-1' }, title),
    h('button', { type: 'button', class: 'close', 'data-testid': 'panel-close', 'aria-label': t('panel.close'), title: t('panel.close'), onClick: onClose }, '×'));
}

export function badge(text, variant, attrs = {}) {
  return h('span', { class: ['badge', variant && `badge-${variant}`], ...attrs }, text);
}

/** [[label, value], …] → <dl>; rows whose value is empty are left out. */
export function definitionList(rows, attrs = {}) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return h('dl', { class: 'facts', ...attrs }, shown.map(([label, value]) => [h('dt', null, label), h('dd', null, value)]));
}

/** [[label, value], …] → a row of big numbers. */
export function totals(items, attrs = {}) {
  return h('ul', { class: 'totals', ...attrs }, items.map(([label, value]) =>
    h('li', null, h('span', { class: 'total-value' }, value), h('span', { class: 'total-label' }, label))));
}

export function section(title, ...children) {
  return h('section', { class: 'panel-section' }, h('h3', null, title), children);
}

export function loading() {
  return h('p', { class: 'muted', 'aria-busy': 'true' }, t('panel.loading'));
}

export function failed(error) {
  return h('p', { class: 'error' }, `${t('panel.failed')}: ${error.detail || error.message}`);
}
