// The base map: the configured tiles (and a second set, e.g. imagery, offered beside them), tried with one tile first so
// that a machine without internet gets one failed request and a plain map with the commune names, not a flood of
// failed tiles.
import * as L from 'leaflet';
import { t } from '../i18n.js';
import { h } from '../util/dom.js';
import { tileUrl } from './map-text.js';

function probe(url) {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve(true);
    img.onerror = () => resolve(false);
    img.src = url;
  });
}

const tiles = ({ url, attribution }) => L.tileLayer(url, { attribution: attribution || '', maxZoom: 19, crossOrigin: true });

/**
 * Adds the base map when its tiles load; otherwise marks the map as without tiles (plain background, commune names)
 * and says so once. Emits 'basemap:ready' with {tiles: boolean}.
 */
export async function createBaseMap(map, { config, bus }) {
  const { baseMap, imagery } = config;
  const container = map.getContainer();
  if (!baseMap?.url) {
    container.classList.add('no-tiles');
    bus.emit('basemap:ready', { tiles: false });
    return;
  }
  const reachable = await probe(tileUrl(baseMap.url, map.getCenter(), Math.round(map.getZoom())));
  if (!reachable) {
    container.classList.add('no-tiles');
    console.info(t('layers.base.offline'));
    const Notice = L.Control.extend({ options: { position: 'bottomleft' },
      onAdd: () => h('div', { class: 'base-map-notice', 'data-testid': 'base-map-notice' }, t('layers.base.offline')) });
    new Notice().addTo(map);
    bus.emit('basemap:ready', { tiles: false });
    return;
  }
  const street = tiles(baseMap).addTo(map);
  if (imagery?.url) {
    let control = null;
    const switcher = () => {
      control?.remove();
      control = L.control.layers({ [t('layers.base.street')]: street, [t('layers.base.imagery')]: tiles(imagery) }, null,
        { position: 'topright', collapsed: false }).addTo(map);
      control.getContainer().dataset.testid = 'base-maps';
    };
    switcher();
    bus.on('lang:changed', switcher);
  }
  bus.emit('basemap:ready', { tiles: true });
}
