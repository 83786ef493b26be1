// The view a link names is the centre of the part of the map no panel covers, at a fractional zoom. A link's view
// stays put while its panel opens (narrowing the map on a desktop, covering its lower part on a phone) until the
// person moves the map or touches the page; after that a panel opening leaves the map where it is.
import * as L from 'leaflet';
import { centreOf, unobscuredRect } from './view-math.js';

const coverOf = () => {
  const rect = document.getElementById('side')?.getBoundingClientRect();
  return rect && rect.width && rect.height ? rect : null;
};

/** The map's free area in container pixels {left, top, right, bottom}. */
export function visibleArea(map) {
  const box = map.getContainer().getBoundingClientRect();
  const free = unobscuredRect(box, coverOf());
  return { left: free.left - box.left, top: free.top - box.top, right: free.right - box.left, bottom: free.bottom - box.top };
}

/** The point at the centre of the free area. */
export function visibleCentre(map) {
  const { x, y } = centreOf(visibleArea(map));
  return map.containerPointToLatLng([x, y]);
}

/** Puts latlng at the centre of the free area, at zoom. */
function centreOn(map, latlng, zoom) {
  const size = map.getSize();
  const { x, y } = centreOf(visibleArea(map));
  const world = map.project(latlng, zoom).add(L.point(size.x / 2 - x, size.y / 2 - y));
  map.setView(map.unproject(world, zoom), zoom, { animate: false });
}

/**
 * Sets the first view (the link's, else fit()), emits 'map:moved' with the free area's centre after each move, and
 * follows changes of the map's size and of the panel covering it.
 * @param {{el: HTMLElement, view: {zoom: number, lat: number, lng: number}|null, bus: object, fit: () => void}} options
 */
export function followView(map, { el, view, bus, fit }) {
  let pinned = null;
  let recentring = false;
  const emit = () => {
    const { lat, lng } = visibleCentre(map);
    bus.emit('map:moved', { zoom: map.getZoom(), lat, lng });
  };
  const recentre = () => {
    recentring = true;
    try {
      centreOn(map, pinned.latlng, pinned.zoom);
    } finally {
      recentring = false;
    }
  };
  if (view) {
    pinned = { latlng: L.latLng(view.lat, view.lng), zoom: view.zoom };
    recentre();
  } else fit();
  const unpin = () => {
    pinned = null;
  };
  map.on('movestart', () => recentring || unpin());
  ['pointerdown', 'keydown', 'wheel'].forEach((type) => document.addEventListener(type, unpin, { capture: true, passive: true }));
  map.on('moveend', emit);
  // the side panel opening or closing changes the map's size (desktop) or what it covers (phone)
  new ResizeObserver(() => {
    map.invalidateSize({ pan: false });
    if (pinned) recentre();
  }).observe(el);
  const side = document.getElementById('side');
  if (side) {
    let covered = null;
    new ResizeObserver(() => {
      // a phone's bottom sheet covers the map without resizing it: the free area's centre moves
      const now = JSON.stringify(coverOf());
      if (now === covered) return;
      const first = covered === null;
      covered = now;
      if (pinned) recentre();
      else if (!first) emit();
    }).observe(side);
  }
}
