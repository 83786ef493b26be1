// Wiring only: who is signed in, config and messages, the map, its layers, the panels, the address bar.
import * as api from './api.js';
import { accessOf, allowedLayers, pageLinks } from './access/roles.js';
import { publicData } from './access/public-data.js';
import { mountAccount } from './access/sign-in.js';
import { mountUsersPanel } from './access/users-panel.js';
import { createBus } from './bus.js';
import { applyLanguage, setMessages } from './i18n.js';
import { createMap } from './map/map.js';
import { createLegend } from './map/legend.js';
import { createLayerSwitch } from './map/layer-switch.js';
import { createCommunesLayer } from './layers/communes.js';
import { createHotspotsLayer } from './layers/hotspots.js';
import { createSitesLayer } from './layers/sites.js';
import { createSiteRiskLayer } from './layers/site-risk.js';
import { mountPrint } from './export/print.js';
import { mountDownloads } from './export/download.js';
import { createBaseMap } from './layers/base-map.js';
import { createCommuneLabels } from './layers/commune-labels.js';
import { mountHeader } from './panels/header.js';
import { mountPageLinks } from './panels/page-links.js';
import { mountFilterBar } from './panels/filter-bar.js';
import { mountResultsList } from './panels/results-list.js';
import { mountSitePanel } from './panels/site-panel.js';
import { mountCommunePanel } from './panels/commune-panel.js';
import { mountCellPanel } from './panels/cell-panel.js';
import { mountPublicSitePanel } from './panels/public-site-panel.js';
import { mountPublicCommunePanel } from './panels/public-commune-panel.js';
import { mountToast } from './panels/toast.js';
import { mountSiteForms } from './forms/site-forms.js';
import { recordActions } from './forms/record-actions.js';
import { mountCommuneView } from './commune/commune-view.js';
import { mountScopedSitePanel } from './commune/scoped-site-panel.js';
import { startUrlSync } from './url-sync.js';
import { mountLayout } from './layout/layout.js';
import { createCoverageLayer } from './commitment/coverage-layer.js';
import { mountTipQueue } from './tip/queue.js';
import { parseState } from './util/url-state.js';
import { h } from './util/dom.js';
import { closeEarly } from './early/early-answers.js';
import { handOverFirstFrame } from './early/first-frame.js';
import { nextTask } from './util/after-paint.js';

const byId = (id) => document.getElementById(id);
const bus = createBus();
mountToast(byId('toast'), { bus });
handOverFirstFrame(bus);

async function start() {
  // who is signed in decides the data source, the layers and the panels (and sets the XSRF-TOKEN cookie)
  const [me, config, vi, en] = await Promise.all([api.me(), api.config(), api.messages('vi'), api.messages('en')]);
  const access = accessOf(me);
  // the public map (anonymous, administrator) reads the published data only; nothing there may answer 401/403
  const data = access.publicData ? publicData(api) : api;
  setMessages('vi', vi);
  setMessages('en', en);
  const defaults = { lang: 'vi', from: config.defaultPeriod.from, to: config.defaultPeriod.to };
  const allowed = { kind: config.kinds, status: config.statuses, trade: config.trades };
  const state = parseState(window.location.search, { defaults, allowed });
  applyLanguage(state.lang);
  const filters = { kind: state.kind, trade: state.trade, status: state.status, from: state.from, to: state.to, q: state.q };
  const layers = allowedLayers({ layer: state.layer, sites: state.sites, cell: state.cell, fdr: state.fdr }, access);
  const period = { from: state.from, to: state.to };

  // the page is built in parts, so that the browser can show frames (the map's first frame, early/first-frame.js)
  // and take input between them
  await nextTask();
  let siteForms = null;
  const account = h('div', { class: 'account' });
  mountAccount(account, { api, bus, me });
  mountHeader(byId('header'), { bus, config, account, publicMap: access.publicData });
  mountPageLinks(byId('page-links'), { bus, links: pageLinks(me) });
  mountFilterBar(byId('filters'), { bus, config, initial: filters });
  mountResultsList(byId('results'), { bus, hidden: layers.sites === 'none', exportable: !access.publicData });
  if (access.publicData) {
    mountPublicSitePanel(byId('site-panel'), { api, data, bus, audit: access.audit });
    mountPublicCommunePanel(byId('commune-panel'), { data, bus, period });
  } else {
    // the panel's buttons: recording what was seen, and editing or relocating the site
    const recordButtons = recordActions({ bus, config, access });
    // a commune's user sees a site outside their communes in its public view
    (access.scope ? mountScopedSitePanel : mountSitePanel)(byId('site-panel'), { api, bus, audit: access.audit,
      actions: (feature) => [recordButtons(feature), siteForms?.actions(feature)] });
    mountCommunePanel(byId('commune-panel'), { api, bus, period });
  }
  if (access.hotspots) {
    mountCellPanel(byId('cell-panel'), { api, bus, analysis: { ...period, cell: layers.cell, fdr: layers.fdr } });
  }
  if (access.users) mountUsersPanel(byId('users-panel'), { api, bus });

  await nextTask();
  const map = createMap(byId('map'), { config, view: state.view, bus });
  // registering, editing and relocating sites, for those who may (the site panel's buttons come from it)
  siteForms = access.publicData ? null : mountSiteForms(map, { api, bus, config, access });
  const communes = createCommunesLayer(map, { api: data, bus, published: access.publicData });
  createCommuneLabels(map, { bus, communes });
  createBaseMap(map, { config, bus });
  const hotspots = access.hotspots ? createHotspotsLayer(map, { api, bus }) : null;
  const sites = createSitesLayer(map, { api: data, bus });
  const risk = access.risk ? createSiteRiskLayer(map, { api, bus }) : null;
  // commitment coverage per commune, over the area layer, for every internal reader
  const coverage = access.publicData ? null : createCoverageLayer(map, { bus });
  createLayerSwitch(map, { bus, initial: layers, areaLayers: access.areaLayers, siteColours: access.siteColours,
    overlays: coverage ? [coverage.overlay] : [] });
  await nextTask();
  createLegend(map, { bus, config, layers });
  if (access.scope) {
    mountCommuneView(map, { api, bus, scope: access.scope, period, cell: layers.cell,
      fit: !state.view && !state.site && !state.commune }).catch((error) => bus.emit('error', error));
  }
  // phone layout, the keyboard route (sites and communes in view), focus with the panels, the internal-link notice
  mountLayout({ map, bus, communes: communes.layer, state, layers, access, me, period: config.defaultPeriod });
  mountPrint(map, { bus, communeBounds: communes.boundsOf });
  // citizens' tips: the queue of those who handle them
  if (me?.can?.includes('tips')) mountTipQueue(map, { api, bus, access });

  // filters and layers together: each layer takes what it needs and skips requests it has already made
  let shown = { ...filters, ...layers };
  let searched = state.view ? state.q : '';
  const refresh = (patch) => {
    shown = { ...shown, ...patch };
    communes.refresh(shown);
    hotspots?.refresh(shown);
    // a new name search brings its matches into view
    sites.refresh(shown, { fit: Boolean(shown.q) && shown.q !== searched });
    risk?.refresh(shown);
    searched = shown.q;
  };
  ['filters:changed', 'layers:changed'].forEach((type) => bus.on(type, refresh));
  bus.on('site:selected', ({ id }) => [sites, risk].forEach((layer) => layer?.select(id)));
  bus.on('site:shown', ({ feature, reveal }) => reveal && sites.reveal(feature));
  bus.on('commune:selected', ({ code, reveal }) => communes.select(code, { reveal }));
  bus.on('cell:shown', ({ data: cell, reveal }) => hotspots?.highlight(cell.geometry, { reveal }));
  // a form changed a site: the layers fetch again and its panel reloads
  bus.on('site:changed', ({ id }) => {
    sites.refresh(shown, { force: true });
    risk?.refresh(shown, { force: true });
    bus.emit('site:selected', { id });
  });
  bus.on('panel:closed', () => [sites, risk, communes, hotspots].forEach((layer) => layer?.select(null)));

  await nextTask();
  if (!access.publicData) mountDownloads({ api, bus, filters: () => shown });
  startUrlSync({ bus, state: { ...state, ...layers }, defaults });
  bus.emit('filters:changed', filters);
  if (state.site) bus.emit('site:selected', { id: state.site, reveal: !state.view });
  else if (state.commune) bus.emit('commune:selected', { code: state.commune, reveal: !state.view });
  else if (state.hex && access.hotspots) bus.emit('cell:selected', { id: state.hex, reveal: !state.view });
  // the layers have taken the answers index.html asked for early: the rest are dropped
  closeEarly();
  document.body.dataset.ready = 'true';
}

start().catch((error) => bus.emit('error', error));
