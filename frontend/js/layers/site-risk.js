// Sites coloured and sized by their risk score (0–100), highest on top; a click emits 'site:selected'.
import * as L from 'leaflet';
import { getLang, t, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatNumber } from '../util/format.js';
import { riskMarkerStyle } from '../map/hotspot-style.js';

const isPoint = (feature) => feature.geometry?.type === 'Point';

function tooltip(layer) {
  const { name, kind, risk } = layer.feature.properties;
  return h('span', null, h('strong', null, name), h('br'),
    `${tCode('site.kind', kind)} · ${t('risk.tooltip', { score: formatNumber(risk ?? 0, getLang(), 1) })}`);
}

/**
 * @returns {{layer: L.FeatureGroup, refresh: (shown: {kind, trade, status, q, sites: 'status'|'risk'}) => Promise<void>,
 *            select: (id: number|null) => void}}
 */
export function createSiteRiskLayer(map, { api, bus }) {
  let selected = null;
  let controller = null;
  let query = null;
  let filters = {};
  let visible = false;
  const byId = new Map();

  const styleOf = (feature) => {
    const { radius, ...style } = riskMarkerStyle(feature.properties.risk, feature.id === selected);
    // compound sites keep a light fill, so the sites inside them stay visible
    return isPoint(feature) ? { radius, ...style } : { ...style, weight: style.weight + 1, fillOpacity: 0.35 };
  };
  const onEachFeature = (feature, layer) => {
    byId.set(feature.id, layer);
    layer.bindTooltip(tooltip, { direction: 'top', offset: [0, -6] });
    layer.on('click', (event) => {
      L.DomEvent.stopPropagation(event);
      bus.emit('site:selected', { id: feature.id });
    });
    layer.on('add', () => layer.getElement()?.setAttribute('data-site-id', String(feature.id)));
  };
  const areas = L.geoJSON(null, { pane: 'siteAreas', className: 'risk-area', style: styleOf, onEachFeature });
  const points = L.geoJSON(null, {
    onEachFeature,
    pointToLayer: (feature, latlng) => L.circleMarker(latlng, { pane: 'sites', className: 'risk-marker', ...styleOf(feature) }),
  });
  const layer = L.featureGroup([areas, points]);

  function draw(collection) {
    byId.clear();
    areas.clearLayers();
    points.clearLayers();
    // lowest risk first, so the riskiest sites are drawn last, on top
    const sorted = [...collection.features].sort((a, b) => (a.properties.risk ?? 0) - (b.properties.risk ?? 0));
    areas.addData(sorted.filter((f) => f.geometry && !isPoint(f)));
    points.addData(sorted.filter(isPoint));
    select(selected);
    bus.emit('risk:loaded', { features: collection.features });
  }

  async function load() {
    const { kind, trade, status, q } = filters;
    const next = JSON.stringify({ kind, trade, status, q });
    if (!visible || next === query) return;
    query = next;
    controller?.abort();
    controller = new AbortController();
    try {
      draw(await api.sitesByRisk({ kind, trade, status, q }, { signal: controller.signal }));
    } catch (error) {
      if (error.name === 'AbortError') return;
      query = null;
      bus.emit('error', error);
    }
  }

  /** Filters and layers; shown while sites are coloured by risk, and only then fetched. */
  function refresh(next) {
    filters = next;
    visible = next.sites === 'risk';
    if (visible) layer.addTo(map);
    else layer.remove();
    return load();
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

  return { layer, refresh, select };
}
