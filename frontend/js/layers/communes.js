// Commune polygons shaded by violations in the period; clickable, in the pane under the sites.
import * as L from 'leaflet';
import { t } from '../i18n.js';
import { h } from '../util/dom.js';
import { classBreaks, communeStyle } from '../map/style.js';
import { outlineTolerance } from '../map/outline-detail.js';

/**
 * @returns {{layer: L.GeoJSON, refresh: (shown: {from: string, to: string, layer?: string}) => Promise<void>,
 *            select: (code: string|null, options?: {reveal?: boolean}) => void}}
 */
export function createCommunesLayer(map, { api, bus }) {
  let breaks = [];
  let selected = null;
  let period = null;
  let controller = null;
  let pendingReveal = false;
  let outlined = false;
  let tolerance = null;
  const byCode = new Map();

  const styleOf = (feature) => {
    const style = communeStyle(feature.properties.violations, breaks, feature.id === selected);
    // under the hotspot cells only the boundaries are drawn
    return outlined ? { ...style, fillOpacity: 0, color: '#4a4a4a', opacity: 0.7 } : style;
  };
  const tooltip = (layer) => h('span', null,
    t('map.communeTooltip', { name: layer.feature.properties.name, n: layer.feature.properties.violations ?? 0 }));

  const layer = L.geoJSON(null, {
    pane: 'communes',
    className: 'commune-area',
    style: styleOf,
    onEachFeature(feature, polygon) {
      byCode.set(String(feature.id), polygon);
      polygon.bindTooltip(tooltip, { sticky: true, direction: 'top' });
      polygon.on('click', () => bus.emit('commune:selected', { code: String(feature.id) }));
      polygon.on('add', () => polygon.getElement()?.setAttribute('data-code', String(feature.id)));
    },
  }).addTo(map);

  function draw(collection, { reshape = false } = {}) {
    breaks = classBreaks(collection.features.map((f) => f.properties.violations ?? 0));
    if (reshape) {
      layer.clearLayers();
      byCode.clear();
    }
    if (!byCode.size) {
      layer.addData(collection.features);
      performance.mark('communes-drawn');
      if (pendingReveal) select(selected, { reveal: true });
    } else {
      for (const feature of collection.features) {
        const polygon = byCode.get(String(feature.id));
        if (polygon) polygon.feature.properties = feature.properties;
      }
      layer.setStyle(styleOf);
    }
    bus.emit('communes:loaded', { count: collection.features.length, breaks, names: collection.features.map((f) => f.properties.name) });
  }

  async function refresh({ from, to, layer: shown = 'communes' }) {
    outline(shown !== 'communes');
    if (period && period.from === from && period.to === to) return;
    period = { from, to };
    await load();
  }

  // the outlines come simplified for the zoom: finer ones replace them when a zoom crosses into another band
  async function load() {
    const wanted = outlineTolerance(map.getZoom());
    const reshape = tolerance !== null && wanted !== tolerance;
    tolerance = wanted;
    controller?.abort();
    controller = new AbortController();
    try {
      draw(await api.communes({ ...period, simplify: tolerance }, { signal: controller.signal }), { reshape });
    } catch (error) {
      if (error.name !== 'AbortError') bus.emit('error', error);
    }
  }
  map.on('zoomend', () => {
    if (period && outlineTolerance(map.getZoom()) !== tolerance) load();
  });

  function select(code, { reveal = false } = {}) {
    selected = code;
    layer.setStyle(styleOf);
    const polygon = code && byCode.get(code);
    pendingReveal = Boolean(reveal && code && !polygon);
    if (!polygon) return;
    polygon.bringToFront();
    if (reveal) map.fitBounds(polygon.getBounds(), { maxZoom: 13 });
  }

  // boundaries only under the hotspot cells, shaded by violations otherwise
  function outline(on) {
    if (on === outlined) return;
    outlined = on;
    layer.setStyle(styleOf);
  }

  return { layer, refresh, select };
}
