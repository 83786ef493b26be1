// The keyboard route into the map: the sites and communes in view, as buttons that open them. Folded by default;
// it follows the map's moves and the filters, nearest to the centre first, with how many more there are.
import { t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { siteTitle } from '../layers/site-features.js';
import { bboxOf, pickInView } from './view-math.js';
import { visibleCentre } from './map-view.js';
import { afterPaint } from '../util/after-paint.js';

const LIMIT = 30;

function entry(testid, attrs, name, meta, onOpen) {
  return h('li', null, h('button', { type: 'button', class: 'link in-view-entry', 'data-testid': testid, ...attrs, onClick: onOpen },
    h('span', { class: 'in-view-name' }, name), meta ? h('span', { class: 'in-view-meta' }, meta) : null));
}

function group(title, { shown, total }, rows, testid) {
  if (!total) return null;
  return h('section', { class: 'in-view-group' },
    h('h3', null, title),
    h('ul', { 'data-testid': testid }, rows(shown)),
    total > shown.length ? h('p', { class: 'muted small', 'data-testid': `${testid}-more` }, t('layout.inView.more', { n: total - shown.length })) : null);
}

/**
 * @param {HTMLElement} el where the list goes (before the map, so it comes early when tabbing)
 * @param {{map: object, bus: object, communes: object, sitesHidden?: boolean}} options communes: the communes'
 *   Leaflet GeoJSON layer; sitesHidden: the sites are switched off on the map
 */
export function mountInView(el, { map, bus, communes, sitesHidden: hidden = false }) {
  let sites = [];
  let sitesHidden = hidden;
  let picked = null;
  const summary = h('summary', { 'data-testid': 'in-view-summary' });
  const body = h('div', { class: 'in-view-body' });
  const details = h('details', { class: 'in-view', 'data-testid': 'in-view' }, summary, body);
  mount(el, details);

  const communeItems = () => {
    const items = [];
    communes.eachLayer((polygon) => {
      const b = polygon.getBounds();
      items.push({ value: { code: String(polygon.feature.id), name: polygon.feature.properties.name },
        box: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] });
    });
    return items;
  };

  function renderList() {
    if (!details.open || !picked) return;
    // keep the focus on the same entry when the list follows the map
    const focused = el.contains(document.activeElement) ? document.activeElement.dataset?.key : null;
    mount(body,
      group(t('layout.inView.sites'), picked.sites, (shown) => shown.map((f) => entry('in-view-site',
        { 'data-site-id': f.id, 'data-key': `site-${f.id}` }, siteTitle(f.properties),
        [tCode('site.kind', f.properties.kind), tCode('site.status', f.properties.status)].join(' · '),
        () => bus.emit('site:selected', { id: f.id }))), 'in-view-sites'),
      group(t('layout.inView.communes'), picked.communes, (shown) => shown.map((c) => entry('in-view-commune',
        { 'data-code': c.code, 'data-key': `commune-${c.code}` }, c.name, null,
        () => bus.emit('commune:selected', { code: c.code }))), 'in-view-communes'),
      picked.sites.total || picked.communes.total ? null : h('p', { class: 'muted' }, t('layout.inView.none')));
    if (focused) (body.querySelector(`[data-key="${focused}"]`) || summary).focus();
  }

  function update() {
    const bounds = map.getBounds();
    const centre = visibleCentre(map);
    picked = pickInView({
      sites: sitesHidden ? [] : sites,
      communes: communeItems(),
      view: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      centre: [centre.lng, centre.lat],
      limit: LIMIT,
    });
    summary.textContent = t('layout.inView.summary', { sites: picked.sites.total, communes: picked.communes.total });
    renderList();
  }

  const updateAfterPaint = afterPaint(update);
  map.on('moveend', update);
  details.addEventListener('toggle', renderList);
  bus.on('sites:loaded', ({ features }) => {
    sites = features.map((f) => ({ value: f, box: bboxOf(f.geometry) }));
    updateAfterPaint();
  });
  bus.on('layers:changed', ({ sites: colours }) => {
    sitesHidden = colours === 'none';
    update();
  });
  bus.on('communes:loaded', updateAfterPaint);
  bus.on('lang:changed', update);
  update();
}
