// Sites: points as circle markers (outline by kind, fill by status), compound sites as outlined areas.
import * as L from 'leaflet';
import { tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { bySizeDescending, siteAreaStyle, siteMarkerStyle } from '../map/style.js';
import { createSiteFeatures, isPoint, siteTitle } from './site-features.js';

function tooltip(layer) {
  const { kind, status } = layer.feature.properties;
  return h('span', null, h('strong', null, siteTitle(layer.feature.properties)), h('br'),
    `${tCode('site.kind', kind)} · ${tCode('site.status', status)}`);
}

/**
 * @returns {{layer: L.FeatureGroup, refresh: (filters: object, options?: {fit?: boolean, force?: boolean}) => Promise<void>,
 *            select: (id: number|null) => void, reveal: (feature: object) => void}}
 */
export function createSitesLayer(map, { api, bus }) {
  let controller = null;
  let lastQuery = null;
  const features = createSiteFeatures({
    bus,
    tooltip,
    areaClass: 'site-area',
    markerClass: (feature) => `site-marker site-kind-${feature.properties.kind}`,
    styleOf: (feature, selected) => (isPoint(feature)
      ? siteMarkerStyle(feature.properties, selected)
      : siteAreaStyle(feature.properties, selected)),
  });
  const { layer, select, seeThrough } = features;

  function draw(collection) {
    features.draw([...collection.features].sort(bySizeDescending));
  }

  async function refresh({ kind, trade, status, q, sites: colours = 'status', layer: area = 'communes' },
    { fit = false, force = false } = {}) {
    seeThrough(area !== 'communes');
    // while sites are coloured by risk, the risk layer takes their place
    if (colours === 'status') layer.addTo(map);
    else layer.remove();
    // the period does not filter sites: a change of period alone needs no new request
    const query = JSON.stringify({ kind, trade, status, q });
    if (query === lastQuery && !force) return;
    lastQuery = query;
    controller?.abort();
    controller = new AbortController();
    try {
      const collection = await api.sites({ kind, trade, status, q }, { signal: controller.signal });
      draw(collection);
      const bounds = layer.getBounds();
      if (fit && bounds.isValid()) map.fitBounds(bounds, { maxZoom: 14, padding: [40, 40] });
      bus.emit('sites:loaded', { features: collection.features, numberMatched: collection.numberMatched ?? collection.features.length, q });
    } catch (error) {
      if (error.name === 'AbortError') return;
      lastQuery = null;
      bus.emit('error', error);
    }
  }

  /** Brings a site into view (after it was chosen from a list rather than on the map). */
  function reveal(feature) {
    if (!feature?.geometry) return;
    const bounds = L.geoJSON(feature).getBounds();
    if (!bounds.isValid()) return;
    if (isPoint(feature)) map.setView(bounds.getCenter(), Math.max(map.getZoom(), 14));
    else map.fitBounds(bounds, { maxZoom: 15 });
  }

  return { layer, refresh, select, reveal };
}
