// Layer switcher on the map: the area layer (communes, Gi* cells, emerging), site colours, cell size and FDR.
import * as L from 'leaflet';
import { getLang, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formatNumber } from '../util/format.js';
import { CELL_SIZES, LAYERS, SITE_COLOURS } from '../util/url-state.js';

function radios(name, codes, chosen, onChange) {
  return codes.map((code) => h('label', { class: 'switch-option' },
    h('input', { type: 'radio', name: `switch-${name}`, value: code, checked: code === chosen, 'data-testid': `${name}-${code}`,
      onChange: () => onChange(code) }),
    t(`layers.${name}.${code}`)));
}

function render(el, state, update) {
  const withAreas = state.areaLayers.length > 1;
  const lang = getLang();
  const cellSize = h('select', { 'data-testid': 'cell-size', onChange: (event) => update({ cell: Number(event.target.value) }) },
    CELL_SIZES.map((size) => h('option', { value: size, selected: size === state.cell }, t('layers.cellSize', { n: formatNumber(size, lang) }))));
  mount(el, h('details', { open: state.open, onToggle: (event) => { state.open = event.target.open; } },
    h('summary', null, t('layers.title')),
    withAreas ? h('fieldset', null, h('legend', null, t('layers.area')), radios('layer', state.areaLayers, state.layer, (layer) => update({ layer }))) : null,
    h('fieldset', null, h('legend', null, t('layers.sites')), radios('sites', state.siteColours, state.sites, (sites) => update({ sites }))),
    state.overlays.length ? h('fieldset', null, h('legend', null, t('commitment.layers.overlays')),
      state.overlays.map((overlay) => h('label', { class: 'switch-option' },
        h('input', { type: 'checkbox', checked: overlay.on, 'data-testid': `overlay-${overlay.code}`,
          onChange: (event) => { overlay.on = event.target.checked; overlay.toggle(overlay.on); } }),
        overlay.label()))) : null,
    withAreas ? h('fieldset', { class: 'grid-options', disabled: state.layer === 'communes', title: t('layers.grid.hint') },
      h('legend', null, t('layers.grid')),
      h('label', { class: 'switch-field' }, t('layers.cell'), cellSize),
      h('label', { class: 'switch-option' },
        h('input', { type: 'checkbox', checked: state.fdr, 'data-testid': 'fdr', onChange: (event) => update({ fdr: event.target.checked }) }),
        t('layers.fdr'))) : null,
    h('p', { class: 'switch-status', 'data-testid': 'layer-status', 'aria-live': 'polite' }, state.status())));
}

/**
 * Adds the switcher to the map; it emits 'layers:changed' with {layer, sites, cell, fdr} on every change.
 * Without hotspot layers (one area layer) the area and grid choices are left out.
 * @param {{bus: object, initial: {layer: string, sites: string, cell: number, fdr: boolean},
 *          areaLayers?: string[], siteColours?: string[], overlays?: object[]}} options
 *   overlays: layers drawn over the area layer, each {code, label: () => string, on, toggle(on)} (a checkbox)
 */
export function createLayerSwitch(map, { bus, initial, areaLayers = LAYERS, siteColours = SITE_COLOURS, overlays = [] }) {
  const state = { ...initial, areaLayers, siteColours, overlays, open: true, status: () => '' };
  const el = h('div', { class: 'layer-switch leaflet-bar', 'data-testid': 'layer-switch' });
  L.DomEvent.disableClickPropagation(el);
  L.DomEvent.disableScrollPropagation(el);
  const Switch = L.Control.extend({ options: { position: 'topright' }, onAdd: () => el });
  new Switch().addTo(map);

  const update = (patch) => {
    Object.assign(state, patch);
    render(el, state, update);
    const { layer, sites, cell, fdr } = state;
    bus.emit('layers:changed', { layer, sites, cell, fdr });
  };
  // the status line is a function of the language, so it survives a switch of language
  const status = (text) => {
    state.status = text;
    const p = el.querySelector('[data-testid=layer-status]');
    if (p) p.textContent = text();
  };
  bus.on('hotspots:loading', () => status(() => t('layers.loading')));
  bus.on('hotspots:loaded', (loaded) =>
    status(() => (loaded ? t('layers.loaded', { n: formatNumber(loaded.cells, getLang()), count: loaded.cells }) : '')));
  bus.on('lang:changed', () => render(el, state, update));
  // a side panel narrows the map: fold the switcher away while one is open
  const fold = (open) => {
    state.open = open;
    const details = el.querySelector('details');
    if (details) details.open = open;
  };
  ['site:selected', 'commune:selected', 'cell:selected'].forEach((type) => bus.on(type, () => fold(false)));
  bus.on('panel:closed', () => fold(true));
  render(el, state, update);
}
