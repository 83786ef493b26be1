// A plan's area drawn on the police map, instead of communes: a polygon drawn with Leaflet.draw, as the map page
// draws a site's outline (forms/site-draw.js). The polygon stays on the map until it is cleared or drawn again.
import * as L from 'leaflet';
import { drawShape } from '../forms/site-draw.js';
import { t } from '../i18n.js';
import { h, mount } from '../util/dom.js';

const AREA_STYLE = { color: '#0b57d0', weight: 2, fillOpacity: 0.08 };

/**
 * @param {object} map the Leaflet map
 * @param {{onChange: (geometry: object|null) => void}} options geometry: the drawn GeoJSON Polygon, null when none
 * @returns {{el: HTMLElement, geometry: () => object|null}}
 */
export function areaControl(map, { onChange }) {
  let geometry = null;
  let shown = null;
  const el = h('div', { class: 'police-area', 'data-testid': 'police-area' });
  const button = (testid, key, onClick) => h('button', { type: 'button', 'data-testid': testid, onClick }, t(key));

  function show() {
    mount(el, button('police-draw-area', 'police.area.draw', start),
      geometry ? [
        h('p', { class: 'police-note', 'data-testid': 'police-area-drawn', 'data-geometry': JSON.stringify(geometry) },
          t('police.area.drawn', { n: geometry.coordinates[0].length - 1 })),
        button('police-clear-area', 'police.area.clear', clear),
      ] : null);
  }

  function clear() {
    shown?.remove();
    shown = null;
    geometry = null;
    show();
    onChange(null);
  }

  async function start() {
    clear();
    const drawing = await drawShape(map, 'polygon');
    mount(el, h('p', { class: 'police-note', role: 'status', 'data-testid': 'police-area-hint' }, t('police.area.hint')),
      h('div', { class: 'police-area-steps' },
        button('police-area-finish', 'police.area.finish', drawing.finish),
        button('police-area-undo', 'police.area.undo', drawing.undo),
        button('police-area-cancel', 'police.area.cancel', drawing.cancel)));
    const layer = await drawing.done;
    if (layer) {
      geometry = layer.toGeoJSON().geometry;
      shown = L.geoJSON(geometry, { style: AREA_STYLE, interactive: false }).addTo(map);
    }
    show();
    onChange(geometry);
  }

  show();
  return { el, geometry: () => geometry };
}
