// A plan on the Leaflet map: the area, the legs, the start and the numbered stops with their reasons on click.
import * as L from 'leaflet';
import { h } from '../util/dom.js';

let layer = null;

export function drawPlan(map, plan, { t, stopLines }) {
  layer?.remove();
  layer = L.featureGroup().addTo(map);
  L.geoJSON(plan.area, { style: { color: '#2c3e50', weight: 1.5, dashArray: '4 4', fillOpacity: 0.04 },
    interactive: false }).addTo(layer);
  for (const leg of plan.legs) {
    L.polyline(leg.coordinates.map(([lon, lat]) => [lat, lon]), { color: '#c0392b', weight: 3, opacity: 0.85 })
      .addTo(layer);
  }
  L.marker([plan.start.lat, plan.start.lon], {
    icon: L.divIcon({ className: 'police-start', html: '', iconSize: [14, 14] }),
    title: plan.start.label || t('police.plan.startPoint'),
  }).bindPopup(() => h('div', {}, plan.start.label || t('police.plan.startPoint'))).addTo(layer);
  for (const stop of plan.stops) {
    const lines = stopLines(stop, t);
    L.marker([stop.lat, stop.lon], {
      icon: L.divIcon({ className: 'police-stop', html: String(stop.order), iconSize: [24, 24] }),
      title: lines.title,
    }).bindPopup(() => h('div', { class: 'police-popup', 'data-testid': 'police-stop-popup' },
      h('strong', {}, lines.title), h('div', {}, lines.arrival),
      h('div', {}, lines.reasons.join(', ')),
      h('div', {}, h('em', {}, `${t('police.plan.checks')}: ${lines.checks.join('; ')}`)))).addTo(layer);
  }
  map.fitBounds(layer.getBounds(), { padding: [24, 24] });
  return layer;
}
