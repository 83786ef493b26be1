// The communes around a user's own, from the published boundaries: outlines only (no fill, no clicks); and the map
// fitted to the user's own communes.
import * as L from 'leaflet';

const NEIGHBOUR_STYLE = { color: '#37474f', weight: 2, dashArray: '6 4', fill: false, opacity: 0.9 };

/** Moves the map to the communes with these codes in a FeatureCollection; nothing when none is there. */
export function fitToCommunes(map, collection, codes) {
  const wanted = new Set(codes.map(String));
  const shapes = L.geoJSON((collection.features || []).filter((f) => wanted.has(String(f.id))));
  if (shapes.getLayers().length) map.fitBounds(shapes.getBounds(), { padding: [12, 12], animate: false });
}

/** @returns {L.GeoJSON} the outlines of the communes with these codes */
export function drawNeighbours(map, collection, codes) {
  const around = new Set(codes.map(String));
  return L.geoJSON((collection.features || []).filter((f) => around.has(String(f.id))), {
    pane: 'communes',
    interactive: false,
    style: () => NEIGHBOUR_STYLE,
    onEachFeature(feature, polygon) {
      polygon.on('add', () => {
        const path = polygon.getElement();
        path?.setAttribute('data-code', String(feature.id));
        path?.classList.add('commune-neighbour');
      });
    },
  }).addTo(map);
}
