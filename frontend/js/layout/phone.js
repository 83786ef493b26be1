// The map page on a phone: filters behind one button (a sheet), the layer switcher and legend folded and never
// open together, panels as a bottom sheet that can fold to its bar, the chosen site kept out from under the sheet.
// On a desktop all of this stays out of the way (the sheet wrappers are display: contents there).
import { t } from '../i18n.js';
import { h, s } from '../util/dom.js';
import { visibleArea } from './map-view.js';
import { bboxOf } from './view-math.js';

export const PHONE = '(max-width: 800px)';
export const isPhone = () => window.matchMedia(PHONE).matches;

/** The number of filters that differ from the defaults (the period counts once). */
export function activeFilters(filters, period) {
  const period_ = filters.from !== period.from || filters.to !== period.to;
  return [filters.kind?.length, filters.status?.length, filters.trade, filters.q, period_].filter(Boolean).length;
}

function mountFilterSheet(filtersEl, { bus, period }) {
  const count = h('span', { class: 'filters-count' });
  const label = h('span', { class: 'filters-label' });
  const funnel = s('svg', { class: 'filters-icon', width: 20, height: 20, viewBox: '0 0 24 24', 'aria-hidden': 'true' },
    s('path', { d: 'M3 4h18l-7 8.5V19l-4 2v-8.5z', fill: 'currentColor' }));
  const toggle = h('button', { type: 'button', class: 'filters-toggle', 'data-testid': 'filters-toggle',
    'aria-expanded': 'false', 'aria-controls': 'filter-sheet' }, funnel, label, count);
  const title = h('h2', { class: 'filter-sheet-title', tabindex: '-1' });
  const close = h('button', { type: 'button', class: 'close', 'data-testid': 'filter-sheet-close' }, '×');
  const show = h('button', { type: 'button', class: 'filter-sheet-show', 'data-testid': 'filter-sheet-show' });
  const card = h('div', { class: 'filter-sheet-card' },
    h('div', { class: 'filter-sheet-head' }, title, close));
  const sheet = h('div', { class: 'filter-sheet', id: 'filter-sheet', 'data-testid': 'filter-sheet' }, card);
  filtersEl.before(toggle, sheet);
  card.append(filtersEl, h('div', { class: 'filter-sheet-foot' }, show));
  let shown = null;
  const text = () => {
    label.textContent = t('layout.filters');
    title.textContent = t('layout.filters');
    close.setAttribute('aria-label', t('layout.filters.close'));
    close.title = t('layout.filters.close');
    show.textContent = shown === null ? t('layout.filters.done') : t('layout.filters.show', { n: shown, count: shown });
  };
  const setOpen = (open, { focus = true } = {}) => {
    sheet.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
    if (!focus) return;
    if (open) (filtersEl.querySelector('input, select, summary') || title).focus();
    else toggle.focus();
  };
  toggle.addEventListener('click', () => setOpen(!sheet.classList.contains('open')));
  close.addEventListener('click', () => setOpen(false));
  show.addEventListener('click', () => setOpen(false));
  // a tap on the dimmed map around the sheet closes it
  sheet.addEventListener('click', (event) => event.target === sheet && setOpen(false));
  sheet.addEventListener('keydown', (event) => {
    if (!sheet.classList.contains('open')) return;
    if (event.key === 'Escape' && !filtersEl.querySelector('details[open]')) setOpen(false);
    // a search typed on a phone wants its matches on the map
    if (event.key === 'Enter' && event.target.type === 'search') setOpen(false, { focus: false });
  });
  bus.on('filters:changed', (filters) => {
    const n = activeFilters(filters, period);
    count.textContent = n ? String(n) : '';
    count.hidden = !n;
  });
  bus.on('sites:loaded', ({ features }) => {
    shown = features.length;
    text();
  });
  bus.on('lang:changed', text);
  text();
  return { close: () => setOpen(false, { focus: false }) };
}

/** Folds the layer switcher and the legend on a phone; on a phone at most one map box is open at a time. */
function foldMapBoxes({ bus }) {
  const boxes = () => ['layer-switch', 'legend', 'in-view']
    .map((id) => document.querySelector(`[data-testid=${id}]`))
    .map((el) => (el?.tagName === 'DETAILS' ? el : el?.querySelector('details')))
    .filter(Boolean);
  const fold = () => isPhone() && boxes().slice(0, 2).forEach((details) => { details.open = false; });
  fold();
  // after the switcher's and the legend's own 'panel:closed' (they open again on a desktop)
  bus.on('panel:closed', fold);
  window.matchMedia(PHONE).addEventListener('change', fold);
  document.addEventListener('toggle', (event) => {
    const opened = event.target;
    if (!isPhone() || !opened.open || !boxes().includes(opened)) return;
    boxes().forEach((details) => details !== opened && (details.open = false));
  }, true);
}

/** The bottom sheet's bar: folds the sheet to let the map show, unfolds when a panel opens. */
function mountSheetBar(side, { bus }) {
  const label = h('span', { class: 'sheet-bar-label' });
  const button = h('button', { type: 'button', class: 'sheet-bar-button', 'data-testid': 'sheet-toggle', 'aria-expanded': 'true' },
    h('span', { class: 'sheet-grip', 'aria-hidden': 'true' }), label);
  side.prepend(h('div', { class: 'sheet-bar' }, button));
  const render = () => {
    const folded = side.classList.contains('folded');
    button.setAttribute('aria-expanded', String(!folded));
    label.textContent = t(folded ? 'layout.sheet.unfold' : 'layout.sheet.fold');
  };
  const fold = (folded) => {
    side.classList.toggle('folded', folded);
    render();
  };
  button.addEventListener('click', () => fold(!side.classList.contains('folded')));
  ['site:selected', 'commune:selected', 'cell:selected'].forEach((type) => bus.on(type, () => fold(false)));
  bus.on('lang:changed', render);
  // the administrator's accounts list is always there: on a phone it starts folded, under the map
  fold(isPhone() && !side.querySelector('.panel:not([hidden]):not(#users-panel)'));
}

/** On a phone, a chosen site that the sheet covers is brought into the free part of the map. */
function keepChosenInView(map, { bus }) {
  bus.on('site:shown', ({ feature }) => {
    const box = bboxOf(feature?.geometry);
    if (!box || !isPhone()) return;
    // once the sheet has its height
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const area = visibleArea(map);
      const at = map.latLngToContainerPoint([(box[1] + box[3]) / 2, (box[0] + box[2]) / 2]);
      const margin = 24;
      if (at.x > area.left + margin && at.x < area.right - margin && at.y > area.top + margin && at.y < area.bottom - margin) return;
      map.panBy([at.x - (area.left + area.right) / 2, at.y - (area.top + area.bottom) / 2]);
    }));
  });
}

/**
 * @param {{map: object, bus: object, period: {from: string, to: string}}} options period: the default period
 */
export function mountPhoneLayout({ map, bus, period }) {
  const byId = (id) => document.getElementById(id);
  const sheet = mountFilterSheet(byId('filters'), { bus, period });
  foldMapBoxes({ bus });
  mountSheetBar(byId('side'), { bus });
  keepChosenInView(map, { bus });
  // leaving the phone layout with the sheet open would leave it open behind the desktop's filter bar
  window.matchMedia(PHONE).addEventListener('change', (event) => event.matches || sheet.close());
}
