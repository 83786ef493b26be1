// The Leaflet map: panes (communes below hotspot cells below site areas below site points), view events; the base map is
// layers/base-map.js.
import * as L from 'leaflet';
import { LEAFLET_IMAGES } from '../urls.js';
import { followView } from '../layout/map-view.js';

// overlayPane is 400: communes and hotspot cells go under it, sites above it, all under markers (600) and tooltips (650);
// the coloured cells (hotCells) lie over the grid and under the sites, which are drawn see-through while cells show
const PANES = { communes: 350, hotspots: 380, hotCells: 390, siteAreas: 410, sites: 420 };

/** [minLon, minLat, maxLon, maxLat] → Leaflet bounds. */
export function bboxToBounds([minLon, minLat, maxLon, maxLat]) {
  return L.latLngBounds([minLat, minLon], [maxLat, maxLon]);
}

/**
 * @param {HTMLElement} el
 * @param {{config: object, view: {zoom:number, lat:number, lng:number}|null, bus: object}} options
 */
export function createMap(el, { config, view, bus }) {
  L.Icon.Default.imagePath = LEAFLET_IMAGES;
  const map = L.map(el, { zoomSnap: 0, zoomDelta: 0.5, minZoom: 7, maxZoom: 19, preferCanvas: false });
  for (const [name, zIndex] of Object.entries(PANES)) map.createPane(name).style.zIndex = String(zIndex);
  L.control.scale({ imperial: false }).addTo(map);
  // the view of a link (fractional zoom, centre of the part no panel covers) or the province
  followView(map, { el, view, bus, fit: () => map.fitBounds(bboxToBounds(config.province.bbox)) });
  return map;
}
