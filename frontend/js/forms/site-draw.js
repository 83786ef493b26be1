// Drawing and editing shapes on the map with Leaflet.draw (the webjar, loaded on first use). Leaflet.draw is a
// classic script that extends a global L; the page uses Leaflet as an ES module, so it gets a global copy of the
// module's namespace first: the classes in it are the module's own, so the hooks it adds reach every layer.
import * as Leaflet from 'leaflet';

const SCRIPT = '/webjars/leaflet-draw/dist/leaflet.draw.js';
const STYLES = '/webjars/leaflet-draw/dist/leaflet.draw.css';

let loading = null;

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

/** Leaflet.draw's L (the page's Leaflet with L.Draw and L.Edit), loaded once. */
export function loadDrawing() {
  loading ??= (async () => {
    if (!globalThis.L) globalThis.L = { ...Leaflet };
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLES;
    document.head.append(link);
    await loadScript(SCRIPT);
    return globalThis.L;
  })();
  return loading;
}

/** While a shape is drawn or edited, the map's other shapes let clicks through to it (css/site-forms.css). */
function shaping(map, delta) {
  const container = map.getContainer();
  const count = Math.max(0, Number(container.dataset.shaping || 0) + delta);
  container.dataset.shaping = String(count);
  container.classList.toggle('site-shaping', count > 0);
}

/** Shapes drawn or edited on the map, in the colour of the forms (above the sites). */
const SHAPE = { color: '#0b57d0', weight: 3, fillOpacity: 0.15 };

/**
 * Draws one new shape. Resolves with the layer drawn (not yet on the map), or null when cancelled.
 * @param {'point'|'polygon'} kind
 * @returns {{done: Promise<object|null>, finish: () => void, undo: () => void, cancel: () => void}}
 */
export async function drawShape(map, kind) {
  const L = await loadDrawing();
  if (!map.touchExtend && L.Map.TouchExtend) map.addHandler('touchExtend', L.Map.TouchExtend);
  const handler = kind === 'point'
    ? new L.Draw.Marker(map, {})
    : new L.Draw.Polygon(map, { allowIntersection: false, showArea: false, shapeOptions: SHAPE });
  let settle;
  const done = new Promise((resolve) => { settle = resolve; });
  const created = (event) => settle(event.layer);
  const stopped = () => setTimeout(() => settle(null), 0);
  map.once(L.Draw.Event.CREATED, created);
  map.once(L.Draw.Event.DRAWSTOP, stopped);
  shaping(map, 1);
  handler.enable();
  done.then(() => {
    shaping(map, -1);
    map.off(L.Draw.Event.CREATED, created);
    map.off(L.Draw.Event.DRAWSTOP, stopped);
  });
  return {
    done,
    finish: () => handler.completeShape?.(),
    undo: () => handler.deleteLastVertex?.(),
    cancel: () => handler.disable(),
  };
}

/**
 * A site's geometry made editable on the map: a point as a draggable marker, an area with its vertices to drag.
 * @param {object} geometry GeoJSON
 * @returns {Promise<{layer: object, geometry: () => object, stop: () => void}>}
 */
export async function editShape(map, geometry, { onChange = () => {} } = {}) {
  const L = await loadDrawing();
  let layer;
  if (geometry.type === 'Point') {
    const [lon, lat] = geometry.coordinates;
    layer = L.marker([lat, lon], { draggable: true, autoPan: true }).addTo(map);
    layer.on('dragend', onChange);
  } else {
    layer = L.geoJSON(geometry, { style: SHAPE }).getLayers()[0].addTo(map);
    // what Leaflet.draw's edit toolbar sets before it enables a shape's editing: its style while edited and before
    layer.options.original = { ...layer.options };
    layer.options.editing = { ...SHAPE, dashArray: '6 4' };
    layer.editing?.enable();
    layer.on('edit', onChange);
  }
  shaping(map, 1);
  let stopped = false;
  return {
    layer,
    geometry: () => layer.toGeoJSON().geometry,
    stop() {
      if (stopped) return;
      stopped = true;
      shaping(map, -1);
      layer.editing?.disable?.();
      layer.remove();
    },
  };
}
