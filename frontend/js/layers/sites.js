// Sites: points as circle markers (outline by kind, fill by status), compound sites as outlined areas.
import * as L from 'leaflet';
import { tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { siteAreaStyle, siteMarkerStyle } from '../map/style.js';

const isPoint = (feature) => feature.geometry?.type === 'Point';

function tooltip(layer) {
  const { name, kind, status } = layer.feature.properties;
  return h('span', null, h('strong', null, name), h('br'),
    `${tCode('site.kind', kind)} · ${tCode('site.status', status)}`);
}

/**
 * @returns {{layer: L.FeatureGroup, refresh: (filters: object, options?: {fit?: boolean}) => Promise<void>,
 *            select: (id: number|null) => void, reveal: (feature: object) => void}}
 */
export function createSitesLayer(map, { api, bus }) {
  let selected = null;
  let controller = null;
  let lastQuery = null;
  const byId = new Map();

  const styleOf = (feature) => (isPoint(feature)
    ? siteMarkerStyle(feature.properties, feature.id === selected)
    : siteAreaStyle(feature.properties, feature.id === selected));

  const onEachFeature = (feature, layer) => {
    byId.set(feature.id, layer);
    layer.bindTooltip(tooltip, { direction: 'top', offset: [0, -6] });
    layer.on('click', (event) => {
      L.DomEvent.stopPropagation(event);
      bus.emit('site:selected', { id: feature.id });
    });
    layer.on('add', () => layer.getElement()?.setAttribute('data-site-id', String(feature.id)));
  };
  const areas = L.geoJSON(null, { pane: 'siteAreas', className: 'site-area', style: styleOf, onEachFeature });
  const points = L.geoJSON(null, {
    style: styleOf,
    onEachFeature,
    pointToLayer: (feature, latlng) => L.circleMarker(latlng,
      { pane: 'sites', className: `site-marker site-kind-${feature.properties.kind}`, ...styleOf(feature) }),
  });
  const layer = L.featureGroup([areas, points]);

  function draw(collection) {
    byId.clear();
    areas.clearLayers();
    points.clearLayers();
    // larger kinds first, so small household markers stay on top and clickable
    const sorted = [...collection.features].sort((a, b) => siteMarkerStyle(b.properties).radius - siteMarkerStyle(a.properties).radius);
    areas.addData(sorted.filter((f) => f.geometry && !isPoint(f)));
    points.addData(sorted.filter(isPoint));
    select(selected);
  }

  async function refresh({ kind, trade, status, q, sites: colours = 'status' }, { fit = false } = {}) {
    // while sites are coloured by risk, the risk layer takes their place
    if (colours === 'status') layer.addTo(map);
    else layer.remove();
    // the period does not filter sites: a change of period alone needs no new request
    const query = JSON.stringify({ kind, trade, status, q });
    if (query === lastQuery) return;
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

  function select(id) {
    const previous = byId.get(selected);
    selected = id;
    if (previous) previous.setStyle(styleOf(previous.feature));
    const current = byId.get(id);
    if (!current) return;
    current.setStyle(styleOf(current.feature));
    current.bringToFront();
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
