// Commitment coverage per commune as a choropleth over the communes (an overlay the layer switcher turns on), with
// its legend (what it counts, the classes up to the 100 % target, the province's totals) and the table of every
// commune, downloadable as CSV or XLSX.
import * as L from 'leaflet';
import * as api from '../api.js';
import { urls } from '../urls.js';
import { getLang, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formatNumber } from '../util/format.js';
import { formDialog } from '../forms/form-kit.js';
import { FORMATS, saveFile } from '../export/download.js';
import { legendRows, provinceTotals, shareColour } from './coverage-style.js';

const PANE = 'commitmentCoverage';

const percent = (share, lang) => (share === null || share === undefined ? '—' : `${formatNumber(share * 100, lang, 1)} %`);

function tooltip(p, lang) {
  return h('span', null, h('strong', null, p.name), h('br'),
    t('commitment.tooltip', { covered: formatNumber(p.covered, lang), needed: formatNumber(p.needed, lang),
      share: percent(p.share, lang) }));
}

function table(features, lang) {
  const columns = ['name', 'needed', 'covered', 'expired', 'broken', 'unsigned', 'share'];
  const cell = (p, column) => (column === 'share' ? percent(p.share, lang)
    : column === 'name' ? p.name : formatNumber(p[column], lang));
  return h('table', { class: 'coverage-table', 'data-testid': 'coverage-table' },
    h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col' }, t(`commitment.column.${c}`))))),
    h('tbody', null, features.map(({ properties: p }) => h('tr', { 'data-code': p.code },
      columns.map((c) => h(c === 'name' ? 'th' : 'td', c === 'name' ? { scope: 'row' } : { 'data-column': c }, cell(p, c)))))));
}

function openTable(collection, bus) {
  const lang = getLang();
  const downloads = h('p', { class: 'export-buttons', role: 'group', 'aria-label': t('export.title') },
    FORMATS.map((format) => h('button', { type: 'button', class: 'export-button', 'data-testid': `coverage-export-${format}`,
      title: t(`export.${format}.title`),
      onClick: () => saveFile(api, urls.commitmentCoverage({ format })).catch((error) => bus.emit('error', error)) },
    t(`export.${format}`))));
  const sorted = [...collection.features].sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'vi'));
  const dialog = formDialog({ title: t('commitment.table.title'), testId: 'coverage-dialog',
    content: h('div', { class: 'coverage-table-wrap' },
      h('p', { class: 'muted small' }, t('commitment.legend.counts')), downloads, table(sorted, lang)) });
  dialog.open();
  return dialog;
}

function legend(el, state, bus) {
  const lang = getLang();
  if (!state.on) {
    el.hidden = true;
    return;
  }
  el.hidden = false;
  const totals = state.collection ? provinceTotals(state.collection.features) : null;
  mount(el, h('section', { class: 'legend-section', 'data-testid': 'coverage-legend' },
    h('h3', null, t('commitment.legend.title')),
    h('p', { class: 'legend-note' }, t('commitment.legend.counts')),
    h('ul', null, legendRows().map((row) =>
      h('li', null, h('span', { class: 'legend-box', style: { background: row.colour } }), t(row.key, row.params)))),
    totals ? h('p', { class: 'legend-note', 'data-testid': 'coverage-totals' },
      t('commitment.legend.totals', { covered: formatNumber(totals.covered, lang), needed: formatNumber(totals.needed, lang),
        share: percent(totals.share, lang), broken: formatNumber(totals.broken, lang) })) : null,
    h('button', { type: 'button', class: 'form-button form-button-secondary', 'data-testid': 'coverage-table-open',
      disabled: !state.collection, onClick: () => openTable(state.collection, bus) }, t('commitment.table.open'))));
}

/**
 * @param {{bus: object}} options
 * @returns {{overlay: {code: string, label: () => string, on: boolean, toggle: (on: boolean) => void}}}
 */
export function createCoverageLayer(map, { bus }) {
  map.createPane(PANE).style.zIndex = '370';
  const state = { on: false, collection: null };
  const layer = L.geoJSON(null, {
    pane: PANE,
    className: 'coverage-area',
    style: (feature) => ({ color: '#4a4a4a', weight: 1, opacity: 0.8, fillColor: shareColour(feature.properties), fillOpacity: 0.75 }),
    onEachFeature(feature, polygon) {
      polygon.bindTooltip(() => tooltip(feature.properties, getLang()), { sticky: true, direction: 'top' });
      polygon.on('click', () => bus.emit('commune:selected', { code: String(feature.id) }));
      polygon.on('add', () => polygon.getElement()?.setAttribute('data-code', String(feature.id)));
    },
  });
  const el = h('div', { class: 'legend coverage-legend leaflet-bar', hidden: true });
  L.DomEvent.disableClickPropagation(el);
  L.DomEvent.disableScrollPropagation(el);
  const Legend = L.Control.extend({ options: { position: 'bottomleft' }, onAdd: () => el });
  new Legend().addTo(map);

  async function load() {
    try {
      state.collection = await api.commitmentCoverage();
      layer.clearLayers();
      layer.addData(state.collection.features);
      legend(el, state, bus);
      bus.emit('coverage:loaded', { communes: state.collection.features.length });
    } catch (error) {
      bus.emit('error', error);
    }
  }

  function toggle(on) {
    state.on = on;
    if (on) {
      layer.addTo(map);
      load();
    } else {
      layer.remove();
    }
    legend(el, state, bus);
  }

  // a recorded commitment or a status seen changes the coverage (both end in 'site:changed')
  bus.on('site:changed', () => state.on && load());
  bus.on('lang:changed', () => legend(el, state, bus));
  return { overlay: { code: 'commitments', label: () => t('commitment.layer'), on: false, toggle } };
}
