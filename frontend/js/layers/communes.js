// Commune polygons shaded by violations in the period (a count, per km² or per site, of the sites the filters select);
// clickable, in the pane under the sites.
import * as L from 'leaflet';
import { t } from '../i18n.js';
import { h } from '../util/dom.js';
import { communeStyle } from '../map/style.js';
import { measureBreaks, measureOf } from './choropleth.js';
import { outlineTolerance } from '../map/outline-detail.js';

/**
 * @param {{api: object, bus: object, published?: boolean}} options published: the public's counts (for the legend)
 * @returns {{layer: L.GeoJSON, refresh: (shown: {from: string, to: string, layer?: string}) => Promise<void>,
 *            select: (code: string|null, options?: {reveal?: boolean}) => void}}
 */
export function createCommunesLayer(map, { api, bus, published = false }) {
  let breaks = [];
  let measure = 'count';
  let loaded = null;
  let filters = {};
  let key = null;
  let selected = null;
  let period = null;
  let controller = null;
  let pendingReveal = false;
  let outlined = false;
  let tolerance = null;
  const byCode = new Map();

  const styleOf = (feature) => {
    const style = communeStyle(measureOf(feature.properties, measure), breaks, feature.id === selected);
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

  function announce() {
    const { features } = loaded;
    bus.emit('communes:loaded', { count: features.length, breaks, names: features.map((f) => f.properties.name),
      measure, published, period, filtered: Boolean(filters.kind?.length || filters.trade || filters.status?.length) });
  }

  function draw(collection, { reshape = false } = {}) {
    loaded = collection;
    breaks = measureBreaks(collection.features.map((f) => measureOf(f.properties, measure)), measure);
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
    announce();
  }

  // the counts follow the period and the site filters; a change of anything else needs no new request
  async function refresh({ from, to, kind, trade, status, layer: shown = 'communes' }) {
    outline(shown !== 'communes');
    const next = JSON.stringify([from, to, kind, trade, status]);
    if (next === key) return;
    key = next;
    period = { from, to };
    filters = { kind, trade, status };
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
      draw(await api.communes({ ...period, ...filters, simplify: tolerance }, { signal: controller.signal }), { reshape });
    } catch (error) {
      if (error.name === 'AbortError') return;
      key = null;
      bus.emit('error', error);
    }
  }
  map.on('zoomend', () => {
    if (key && outlineTolerance(map.getZoom()) !== tolerance) load();
  });

  bus.on('choropleth:measure', (next) => {
    measure = next;
    if (!loaded) return;
    breaks = measureBreaks(loaded.features.map((f) => measureOf(f.properties, measure)), measure);
    layer.setStyle(styleOf);
    announce();
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

  /** The bounds of a commune's polygon, or null before the layer has it. */
  const boundsOf = (code) => byCode.get(String(code))?.getBounds() ?? null;

  return { layer, refresh, select, boundsOf };
}
