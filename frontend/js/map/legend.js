// Legend control: commune classes or hotspot cells, site kinds (outline) and statuses (fill) or site risk.
import * as L from 'leaflet';
import { t, tCode } from '../i18n.js';
import { h, s, mount } from '../util/dom.js';
import { kindSymbol, siteMarkerStyle, statusColor } from './style.js';
import { emergingLegend, giLegend, riskLegend } from './hotspot-legend.js';
import { riskClassCounts } from './hotspot-style.js';
import { choroplethSection } from '../layers/choropleth-legend.js';
import { keepLegendBelowSwitch } from './legend-room.js';

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

function siteSections(state) {
  if (state.sites === 'risk') return riskLegend(state.riskCounts);
  if (state.sites === 'none') return null;
  const kinds = state.config.kinds.map((kind) => h('li', null, kindSwatch(kind), tCode('site.kind', kind)));
  const statuses = state.config.statuses.map((status) =>
    h('li', null, h('span', { class: 'legend-dot', style: { background: statusColor(status) } }), tCode('site.status', status)));
  return [
    section(t('legend.kinds'), kinds),
    h('p', { class: 'legend-note' }, t('legend.area')),
    section(t('legend.statuses'), statuses),
  ];
}

function areaSection({ layer, breaks, hotspots, choropleth, bus }) {
  if (layer !== 'communes') {
    if (!hotspots || hotspots.layer !== layer) return h('p', { class: 'legend-note' }, t('layers.loading'));
    return [layer === 'gi' ? giLegend(hotspots) : emergingLegend(hotspots), h('p', { class: 'legend-note' }, t('legend.communeLines'))];
  }
  return choroplethSection({ breaks, choropleth }, (measure) => bus.emit('choropleth:measure', measure));
}

function render(el, state) {
  el.dataset.layer = state.layer;
  mount(el, h('details', { open: state.open, onToggle: (event) => { state.open = event.target.open; } },
    h('summary', null, t('legend.title')),
    areaSection(state),
    siteSections(state)));
}

/** Adds the legend to the map; it redraws when the layers, their classes or the language change. */
export function createLegend(map, { bus, config, layers }) {
  const state = { config, bus, breaks: [], choropleth: null, open: true, layer: layers.layer, sites: layers.sites, hotspots: null, riskCounts: {} };
  const el = h('div', { class: 'legend leaflet-bar', 'data-testid': 'legend' });
  L.DomEvent.disableClickPropagation(el);
  L.DomEvent.disableScrollPropagation(el);
  const Legend = L.Control.extend({ options: { position: 'bottomright' }, onAdd: () => el });
  new Legend().addTo(map);
  keepLegendBelowSwitch(map, el);
  const update = (patch) => render(el, Object.assign(state, patch));
  bus.on('communes:loaded', (choropleth) => update({ breaks: choropleth.breaks, choropleth }));
  bus.on('layers:changed', ({ layer, sites }) => update({ layer, sites }));
  bus.on('hotspots:loaded', (hotspots) => update({ hotspots }));
  bus.on('risk:loaded', ({ features }) => update({ riskCounts: riskClassCounts(features.map((f) => f.properties.risk)) }));
  bus.on('lang:changed', () => render(el, state));
  // a side panel narrows the map: fold the legend away while one is open
  const fold = (open) => {
    state.open = open;
    const details = el.querySelector('details');
    if (details) details.open = open;
  };
  bus.on('site:selected', () => fold(false));
  bus.on('commune:selected', () => fold(false));
  bus.on('cell:selected', () => fold(false));
  bus.on('panel:closed', () => fold(true));
  // printing opens it, kept in the state so that data arriving meanwhile (risk, hot cells) redraws it open
  bus.on('print:request', () => fold(true));
  render(el, state);
}
