// Legend control: commune classes, site kinds (outline) and statuses (fill).
import * as L from 'leaflet';
import { t, tCode } from '../i18n.js';
import { h, s, mount } from '../util/dom.js';
import { classColors, classLabels, kindSymbol, siteMarkerStyle, statusColor } from './style.js';

function kindSwatch(kind) {
  const symbol = kindSymbol(kind);
  const style = siteMarkerStyle({ kind, status: null });
  const size = 2 * (symbol.radius + symbol.weight);
  return s('svg', { width: size, height: size, class: 'legend-symbol', 'aria-hidden': 'true' },
    s('circle', { cx: size / 2, cy: size / 2, r: symbol.radius, fill: '#ffffff', stroke: style.color,
      'stroke-width': symbol.weight, 'stroke-dasharray': symbol.dashArray }));
}

function section(title, rows) {
  return h('section', { class: 'legend-section' }, h('h3', null, title), h('ul', null, rows));
}

function render(el, state) {
  const { config, breaks } = state;
  const colors = classColors(breaks);
  const choropleth = classLabels(breaks).map((label, i) =>
    h('li', null, h('span', { class: 'legend-box', style: `background:${colors[i]}` }), label));
  const kinds = config.kinds.map((kind) => h('li', null, kindSwatch(kind), tCode('site.kind', kind)));
  const statuses = config.statuses.map((status) =>
    h('li', null, h('span', { class: 'legend-dot', style: `background:${statusColor(status)}` }), tCode('site.status', status)));
  mount(el, h('details', { open: state.open, onToggle: (event) => { state.open = event.target.open; } },
    h('summary', null, t('legend.title')),
    section(t('legend.communes'), choropleth),
    section(t('legend.kinds'), kinds),
    h('p', { class: 'legend-note' }, t('legend.area')),
    section(t('legend.statuses'), statuses)));
}

/** Adds the legend to the map; it redraws when the commune classes or the language change. */
export function createLegend(map, { bus, config }) {
  const state = { config, breaks: [], open: true };
  const el = h('div', { class: 'legend leaflet-bar', 'data-testid': 'legend' });
  L.DomEvent.disableClickPropagation(el);
  L.DomEvent.disableScrollPropagation(el);
  const Legend = L.Control.extend({ options: { position: 'bottomright' }, onAdd: () => el });
  new Legend().addTo(map);
  bus.on('communes:loaded', ({ breaks }) => render(el, Object.assign(state, { breaks })));
  bus.on('lang:changed', () => render(el, state));
  // a side panel narrows the map: fold the legend away while one is open
  const fold = (open) => {
    state.open = open;
    const details = el.querySelector('details');
    if (details) details.open = open;
  };
  bus.on('site:selected', () => fold(false));
  bus.on('commune:selected', () => fold(false));
  bus.on('panel:closed', () => fold(true));
  render(el, state);
}
