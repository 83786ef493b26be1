// How many sites the filters match and, while searching by name, the list of matches to open.
import { t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { siteTitle } from '../layers/site-features.js';
import { printButton, printedCoordinates } from '../export/print.js';
import { exportButtons } from '../export/download.js';

const MAX_ROWS = 50;

function resultRow(feature, bus) {
  const { kind, communeName } = feature.properties;
  return h('li', null, h('button', {
    type: 'button', class: 'link', 'data-testid': 'search-result', 'data-site-id': feature.id,
    onClick: () => bus.emit('site:selected', { id: feature.id, reveal: true }),
  }, h('span', { class: 'result-name' }, siteTitle(feature.properties)),
  h('span', { class: 'result-meta' }, [tCode('site.kind', kind), communeName].filter(Boolean).join(' · '))),
  printedCoordinates(feature));
}

function closeButton(onClose) {
  return h('button', { type: 'button', class: 'close', 'data-testid': 'search-results-close', title: t('results.close'),
    'aria-label': t('results.close'), onClick: onClose }, '×');
}

function render(el, state) {
  const { bus, loaded, hidden, dismissed } = state;
  if (!loaded) return;
  const { features, numberMatched, q } = loaded;
  const count = hidden ? t('results.hidden', { n: numberMatched })
    : numberMatched > features.length
      ? t('results.countOf', { shown: features.length, total: numberMatched })
      : t('results.count', { shown: features.length, count: features.length });
  const shown = features.slice(0, MAX_ROWS);
  const more = Math.max(numberMatched ?? features.length, features.length) - shown.length;
  const dismiss = () => {
    state.dismissed = true;
    render(el, state);
  };
  const list = q && !dismissed
    ? h('section', { class: 'results', 'data-testid': 'search-results' },
      h('div', { class: 'results-header' }, h('h2', null, t('results.title', { q })), closeButton(dismiss)),
      features.length ? printButton(bus, { features: shown }) : null,
      features.length
        ? h('ol', null, shown.map((f) => resultRow(f, bus)))
        : h('p', { class: 'muted' }, t('results.none')),
      more > 0 ? h('p', { class: 'muted', 'data-testid': 'search-results-more' }, t('results.more', { n: more })) : null)
    : null;
  mount(el, h('p', { class: 'site-count', 'data-testid': 'site-count' }, count,
    state.exportable && !hidden ? exportButtons(bus) : null), list);
}

/**
 * @param {{bus: object, hidden?: boolean, exportable?: boolean}} options hidden: the sites are switched off on the map;
 *   exportable: the list can be saved as a file (signed in).
 * The list of matches closes with its button, Escape or a click elsewhere; a new search opens it again.
 */
export function mountResultsList(el, { bus, hidden = false, exportable = false }) {
  const state = { bus, loaded: null, hidden, exportable, dismissed: false };
  const dismiss = () => {
    if (state.dismissed || !state.loaded?.q) return;
    state.dismissed = true;
    render(el, state);
  };
  bus.on('sites:loaded', (loaded) => render(el, Object.assign(state,
    { loaded, dismissed: state.dismissed && loaded.q === state.loaded?.q })));
  bus.on('layers:changed', ({ sites }) => render(el, Object.assign(state, { hidden: sites === 'none' })));
  bus.on('lang:changed', () => render(el, state));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && el.querySelector('.results')) dismiss();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!el.contains(event.target) && !event.target.closest?.('[role=search]')) dismiss();
  });
}
