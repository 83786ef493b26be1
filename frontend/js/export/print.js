// Printing a site, a commune or a list on A4: the page takes the print layout on screen too (so the map is sized as it
// will print), the map is fitted to what is printed, the legend opens (legend.js listens too), then the browser's print dialog. The layout
// stays until "close print view" (or Escape), because the map must keep the view it was fitted to.
import * as L from 'leaflet';
import { getLang, t } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatLatLng, printedPoint } from './coordinates.js';

/** The print button of a panel or list; `target` is what the map fits: {feature} | {commune} | {features}. */
export function printButton(bus, target) {
  return h('button', { type: 'button', class: 'print-button', 'data-testid': 'print',
    onClick: () => bus.emit('print:request', target) }, t('print.button'));
}

/** A line shown only in the print layout: a feature's coordinates (WGS 84). */
export function printedCoordinates(feature) {
  const point = printedPoint(feature?.geometry);
  if (!point) return null;
  return h('p', { class: 'print-only', 'data-testid': 'print-coordinates' },
    t(feature.geometry.type === 'Point' ? 'print.coordinates' : 'print.coordinatesCentre',
      { coordinates: formatLatLng(point[0], point[1], getLang()) }));
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * @param {L.Map} map
 * @param {{bus: object, communeBounds: (code: string) => L.LatLngBounds|null}} options
 */
export function mountPrint(map, { bus, communeBounds }) {
  const boundsOf = ({ feature, features, commune }) => {
    if (commune) return communeBounds(commune);
    const shown = (features || [feature]).filter((f) => f?.geometry);
    return shown.length ? L.geoJSON({ type: 'FeatureCollection', features: shown }).getBounds() : null;
  };
  let exit = null;

  function close() {
    if (!document.body.classList.contains('printing')) return;
    document.body.classList.remove('printing');
    exit?.remove();
    map.invalidateSize({ pan: false });
  }

  bus.on('print:request', async (target) => {
    document.body.classList.add('printing');
    document.body.dataset.print = target.features ? 'list' : 'panel';
    exit ??= h('button', { type: 'button', class: 'print-exit', 'data-testid': 'print-exit', onClick: close }, t('print.exit'));
    document.body.prepend(exit);
    await nextFrame();
    map.invalidateSize({ pan: false });
    const bounds = boundsOf(target);
    // what is printed stays clear of the open legend in the lower right corner
    const legend = document.querySelector('[data-testid=legend]')?.getBoundingClientRect();
    if (bounds?.isValid()) {
      map.fitBounds(bounds, { paddingTopLeft: [24, 24], paddingBottomRight: [(legend?.width ?? 0) + 24, 24], maxZoom: 16, animate: false });
    }
    await nextFrame();
    document.body.dataset.printReady = 'true';
    window.print();
  });
  bus.on('panel:closed', close);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
}
