// The first screen: where the phone is, a search without accents, the user's sites nearest first, and "a site not on
// the list".
import { getLang, t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { featureAt, formatDistance, matchesSearch, nearestFirst } from './geo.js';

const SHOWN = 60;

/**
 * Fills el with the list screen; update() redraws it from the page's state (the search field keeps its focus).
 * @param {HTMLElement} el
 * @param {{onLocate: Function, onPick: (feature: object|null) => void}} actions onPick(null): a site not on the list
 */
export function createSiteList(el, { onLocate, onPick }) {
  let state = { sites: [], communes: [], position: null, locating: false };
  let query = '';
  const position = h('p', { 'data-testid': 'field-position' });
  const locate = h('button', { type: 'button', class: 'field-button field-button-secondary', 'data-testid': 'field-locate',
    onClick: () => onLocate() });
  const where = h('p', { class: 'field-where', 'data-testid': 'field-where', hidden: true });
  const search = h('input', { type: 'search', class: 'field-search', 'data-testid': 'field-search', autocomplete: 'off',
    enterkeyhint: 'search', onInput: (event) => { query = event.target.value; drawList(); } });
  const count = h('p', { class: 'field-count', 'data-testid': 'field-count' });
  const list = h('ul', { class: 'field-sites', 'data-testid': 'field-sites' });
  const unlisted = h('button', { type: 'button', class: 'field-button field-unlisted', 'data-testid': 'field-unlisted',
    onClick: () => onPick(null) });

  mount(el, h('div', { class: 'field-position' }, position, locate), where, search, count, list, unlisted);

  function drawList() {
    const { sites, position: at } = state;
    const here = at ? [at.lon, at.lat] : null;
    const rows = nearestFirst(sites.filter((feature) => matchesSearch(feature, query)), here);
    count.textContent = rows.length ? t('field.sites.count', { n: rows.length, count: rows.length }) : t('field.sites.none');
    mount(list, rows.slice(0, SHOWN).map(({ feature, distance }) => h('li', null,
      h('button', { type: 'button', class: 'field-site', 'data-testid': 'field-site', 'data-site-id': String(feature.id),
        onClick: () => onPick(feature) },
      h('span', { class: 'field-site-name' }, feature.properties?.name || `#${feature.id}`),
      h('span', { class: 'field-site-meta' },
        h('span', { class: `field-chip status-${feature.properties?.status}` }, tCode('site.status', feature.properties?.status)),
        h('span', null, feature.properties?.communeName ?? '')),
      distance === null ? null : h('span', { class: 'field-site-distance', 'data-testid': 'field-site-distance' },
        formatDistance(distance, getLang()))))));
  }

  function update(patch = {}) {
    state = { ...state, ...patch };
    const { position: at, locating, communes } = state;
    position.textContent = locating ? t('field.position.finding')
      : at ? t('field.position.ok', { m: Math.round(at.accuracy) }) : t('field.position.none');
    locate.textContent = t('field.position.refresh');
    locate.disabled = locating;
    const commune = at && communes.length ? featureAt(communes, [at.lon, at.lat]) : null;
    where.hidden = !at || !communes.length;
    where.textContent = commune ? t('field.position.commune', { name: commune.properties?.name ?? commune.id })
      : t('field.position.outside');
    search.placeholder = t('field.search');
    search.setAttribute('aria-label', t('field.search'));
    mount(unlisted, h('span', null, t('field.unlisted')), h('small', null, t('field.unlistedHint')));
    drawList();
  }

  return { update };
}
