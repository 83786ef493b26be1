// Wiring only: config and messages, the map, its layers, the panels, the address bar.
import * as api from './api.js';
import { createBus } from './bus.js';
import { applyLanguage, setMessages } from './i18n.js';
import { createMap } from './map/map.js';
import { createLegend } from './map/legend.js';
import { createLayerSwitch } from './map/layer-switch.js';
import { createCommunesLayer } from './layers/communes.js';
import { createHotspotsLayer } from './layers/hotspots.js';
import { createSitesLayer } from './layers/sites.js';
import { createSiteRiskLayer } from './layers/site-risk.js';
import { mountHeader } from './panels/header.js';
import { mountFilterBar } from './panels/filter-bar.js';
import { mountResultsList } from './panels/results-list.js';
import { mountSitePanel } from './panels/site-panel.js';
import { mountCommunePanel } from './panels/commune-panel.js';
import { mountCellPanel } from './panels/cell-panel.js';
import { mountToast } from './panels/toast.js';
import { startUrlSync } from './url-sync.js';
import { parseState } from './util/url-state.js';

const byId = (id) => document.getElementById(id);
const bus = createBus();
mountToast(byId('toast'), { bus });

async function start() {
  const [config, vi, en] = await Promise.all([api.config(), api.messages('vi'), api.messages('en')]);
  setMessages('vi', vi);
  setMessages('en', en);
  const defaults = { lang: 'vi', from: config.defaultPeriod.from, to: config.defaultPeriod.to };
  const allowed = { kind: config.kinds, status: config.statuses, trade: config.trades };
  const state = parseState(window.location.search, { defaults, allowed });
  applyLanguage(state.lang);
  const filters = { kind: state.kind, trade: state.trade, status: state.status, from: state.from, to: state.to, q: state.q };
  const layers = { layer: state.layer, sites: state.sites, cell: state.cell, fdr: state.fdr };

  mountHeader(byId('header'), { bus, config });
  mountFilterBar(byId('filters'), { bus, config, initial: filters });
  mountResultsList(byId('results'), { bus, hidden: state.sites === 'none' });
  mountSitePanel(byId('site-panel'), { api, bus });
  mountCommunePanel(byId('commune-panel'), { api, bus, period: { from: state.from, to: state.to } });
  mountCellPanel(byId('cell-panel'), { api, bus, analysis: { from: state.from, to: state.to, cell: state.cell, fdr: state.fdr } });

  const map = createMap(byId('map'), { config, view: state.view, bus });
  const communes = createCommunesLayer(map, { api, bus });
  const hotspots = createHotspotsLayer(map, { api, bus });
  const sites = createSitesLayer(map, { api, bus });
  const risk = createSiteRiskLayer(map, { api, bus });
  createLayerSwitch(map, { bus, initial: layers });
  createLegend(map, { bus, config, layers });

  // filters and layers together: each layer takes what it needs and skips requests it has already made
  let shown = { ...filters, ...layers };
  let searched = state.view ? state.q : '';
  const refresh = (patch) => {
    shown = { ...shown, ...patch };
    communes.refresh(shown);
    hotspots.refresh(shown);
    // a new name search brings its matches into view
    sites.refresh(shown, { fit: Boolean(shown.q) && shown.q !== searched });
    risk.refresh(shown);
    searched = shown.q;
  };
  ['filters:changed', 'layers:changed'].forEach((type) => bus.on(type, refresh));
  bus.on('site:selected', ({ id }) => [sites, risk].forEach((layer) => layer.select(id)));
  bus.on('site:shown', ({ feature, reveal }) => reveal && sites.reveal(feature));
  bus.on('commune:selected', ({ code, reveal }) => communes.select(code, { reveal }));
  bus.on('cell:shown', ({ data, reveal }) => hotspots.highlight(data.geometry, { reveal }));
  bus.on('panel:closed', () => [sites, risk, communes, hotspots].forEach((layer) => layer.select(null)));

  startUrlSync({ bus, state, defaults });
  bus.emit('filters:changed', filters);
  if (state.site) bus.emit('site:selected', { id: state.site, reveal: !state.view });
  else if (state.commune) bus.emit('commune:selected', { code: state.commune, reveal: !state.view });
  else if (state.hex) bus.emit('cell:selected', { id: state.hex, reveal: !state.view });
  document.body.dataset.ready = 'true';
}

start().catch((error) => bus.emit('error', error));
