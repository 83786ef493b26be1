// How many sites the filters match and, while searching by name, the list of matches to open.
import { t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { siteTitle } from '../layers/site-features.js';

const MAX_ROWS = 50;

function resultRow(feature, bus) {
  const { kind, communeName } = feature.properties;
  return h('li', null, h('button', {
    type: 'button', class: 'link', 'data-testid': 'search-result', 'data-site-id': feature.id,
    onClick: () => bus.emit('site:selected', { id: feature.id, reveal: true }),
  }, h('span', { class: 'result-name' }, siteTitle(feature.properties)),
  h('span', { class: 'result-meta' }, [tCode('site.kind', kind), communeName].filter(Boolean).join(' · '))));
}

function render(el, { bus, loaded, hidden }) {
  if (!loaded) return;
  const { features, numberMatched, q } = loaded;
  const count = hidden ? t('results.hidden', { n: numberMatched })
    : numberMatched > features.length
      ? t('results.countOf', { shown: features.length, total: numberMatched })
      : t('results.count', { shown: features.length });
  const list = q
    ? h('section', { class: 'results', 'data-testid': 'search-results' },
      h('h2', null, t('results.title', { q })),
      features.length
        ? h('ol', null, features.slice(0, MAX_ROWS).map((f) => resultRow(f, bus)))
        : h('p', { class: 'muted' }, t('results.none')),
      features.length > MAX_ROWS ? h('p', { class: 'muted' }, t('results.more', { n: features.length - MAX_ROWS })) : null)
    : null;
  mount(el, h('p', { class: 'site-count', 'data-testid': 'site-count' }, count), list);
}

/** @param {{bus: object, hidden?: boolean}} options hidden: the sites are switched off on the map */
export function mountResultsList(el, { bus, hidden = false }) {
  const state = { bus, loaded: null, hidden };
  bus.on('sites:loaded', (loaded) => render(el, Object.assign(state, { loaded })));
  bus.on('layers:changed', ({ sites }) => render(el, Object.assign(state, { hidden: sites === 'none' })));
  bus.on('lang:changed', () => render(el, state));
}
