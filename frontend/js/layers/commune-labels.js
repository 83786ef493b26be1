// Commune names on the map where no base map draws them (no tiles reachable, or none configured): one label per
// commune at its polygon's centre, those that would overlap a larger commune's label left out at each zoom.
import * as L from 'leaflet';
import { h } from '../util/dom.js';
import { keepApart } from './map-text.js';
import { afterPaint } from '../util/after-paint.js';

/** @param {{bus: object, communes: {layer: L.GeoJSON}}} options */
export function createCommuneLabels(map, { bus, communes }) {
  const pane = map.createPane('communeLabels');
  pane.style.zIndex = '395';
  pane.style.pointerEvents = 'none';
  const group = L.layerGroup();
  const labels = [];
  let wanted = false;

  function build() {
    if (labels.length) return;
    communes.layer.eachLayer((polygon) => {
      const { name, areaKm2 } = polygon.feature.properties;
      const marker = L.marker(polygon.getCenter(), {
        pane: 'communeLabels', interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'commune-label', iconSize: null, html: h('span', { 'data-testid': 'commune-label' }, name) }),
      });
      labels.push({ marker, weight: areaKm2 ?? 0 });
      group.addLayer(marker);
    });
  }

  function declutter() {
    if (!wanted) return;
    const boxes = labels.map(({ marker, weight }, id) => {
      const el = marker.getElement();
      el.style.display = '';
      const r = el.firstElementChild.getBoundingClientRect();
      return { id, weight, left: r.left - 2, right: r.right + 2, top: r.top - 1, bottom: r.bottom + 1 };
    });
    const shown = keepApart(boxes);
    labels.forEach(({ marker }, id) => { marker.getElement().style.display = shown.has(id) ? '' : 'none'; });
  }

  function update() {
    if (!wanted || !labels.length) return;
    group.addTo(map);
    declutter();
  }

  bus.on('basemap:ready', ({ tiles }) => {
    wanted = !tiles;
    update();
  });
  bus.on('communes:loaded', afterPaint(() => {
    build();
    update();
  }));
  map.on('zoomend', declutter);
}
