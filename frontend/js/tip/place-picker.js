// The map of the tip form: the province's communes for orientation, a tap places the point, or the phone's position.
import * as L from 'leaflet';
import { createBaseMap } from '../layers/base-map.js';
import { t } from '../i18n.js';
import { h } from '../util/dom.js';

const POINT = { radius: 9, color: '#b42318', weight: 3, fillColor: '#fff', fillOpacity: 0.9 };

/**
 * @param {HTMLElement} el the map's element
 * @param {{api: object, config: object, bus: object, onPlace: Function}} options onPlace({lon, lat, accuracy?})
 * @returns {{locate: Function}}
 */
export function createPlacePicker(el, { api, config, bus, onPlace }) {
  const map = L.map(el, { zoomControl: true, attributionControl: true });
  const [minLon, minLat, maxLon, maxLat] = config.province.bbox;
  map.fitBounds([[minLat, minLon], [maxLat, maxLon]]);
  createBaseMap(map, { config, bus });
  api.publicCommunes({ simplify: 0.002 }).then((communes) => {
    L.geoJSON(communes, { interactive: false, style: { color: '#0f3d2e', weight: 1, fill: false, opacity: 0.6 } }).addTo(map);
  }).catch(() => {});
  let marker = null;
  let circle = null;
  const place = (position, { zoom = false } = {}) => {
    const latlng = [position.lat, position.lon];
    marker = marker ? marker.setLatLng(latlng) : L.circleMarker(latlng, POINT).addTo(map);
    circle?.remove();
    circle = position.accuracy ? L.circle(latlng, { radius: position.accuracy, weight: 1, interactive: false }).addTo(map) : null;
    if (zoom) map.setView(latlng, Math.max(map.getZoom(), 16));
    el.dataset.placed = 'true';
    onPlace(position);
  };
  map.on('click', (event) => place({ lon: event.latlng.lng, lat: event.latlng.lat }));
  return {
    /** Asks the phone for its position; resolves to a message key when it cannot, else null. */
    locate: () => new Promise((resolve) => {
      if (!navigator.geolocation) {
        resolve('tip.position.unavailable');
        return;
      }
      navigator.geolocation.getCurrentPosition((found) => {
        place({ lon: found.coords.longitude, lat: found.coords.latitude, accuracy: found.coords.accuracy }, { zoom: true });
        resolve(null);
      }, () => resolve('tip.position.denied'), { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    }),
  };
}

/** The hint over the map, for a screen reader as well. */
export const mapHint = () => h('p', { class: 'tip-note', id: 'tip-map-hint' }, t('tip.position.hint'));
