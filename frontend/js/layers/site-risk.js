// Sites coloured and sized by their risk score (0–100), highest on top; a click emits 'site:selected'.
import { getLang, t, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatNumber } from '../util/format.js';
import { riskMarkerStyle } from '../map/hotspot-style.js';
import { createSiteFeatures, isPoint } from './site-features.js';

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
  let controller = null;
  let query = null;
  let filters = {};
  let visible = false;
  const features = createSiteFeatures({
    bus,
    tooltip,
    areaClass: 'risk-area',
    markerClass: () => 'risk-marker',
    styleOf: (feature, selected) => {
      const { radius, ...style } = riskMarkerStyle(feature.properties.risk, selected);
      // compound sites keep a light fill, so the sites inside them stay visible
      return isPoint(feature) ? { radius, ...style } : { ...style, weight: style.weight + 1, fillOpacity: 0.35 };
    },
  });
  const { layer, select } = features;

  function draw(collection) {
    // lowest risk first, so the riskiest sites are drawn last, on top
    features.draw([...collection.features].sort((a, b) => (a.properties.risk ?? 0) - (b.properties.risk ?? 0)));
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
  function refresh(next, { force = false } = {}) {
    filters = next;
    // a site changed: fetch again even if the filters did not
    if (force) query = null;
    visible = next.sites === 'risk';
    if (visible) layer.addTo(map);
    else layer.remove();
    return load();
  }

  return { layer, refresh, select };
}
