// Coordinates as printed and exported: latitude then longitude in WGS 84. Pure.
import { formatNumber } from '../util/format.js';

/** "21,18612; 106,05123" (vi) or "21.18612, 106.05123" (en): latitude then longitude, five decimals (about a metre). */
export function formatLatLng(lat, lng, lang) {
  const f = (n) => formatNumber(n, lang, 5);
  return lang === 'en' ? `${f(lat)}, ${f(lng)}` : `${f(lat)}; ${f(lng)}`;
}

/** The point a feature is printed at: a point itself, or the middle of its bounds ([lat, lng]); null without geometry. */
export function printedPoint(geometry) {
  if (!geometry) return null;
  if (geometry.type === 'Point') return [geometry.coordinates[1], geometry.coordinates[0]];
  const positions = JSON.stringify(geometry.coordinates).match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g) || [];
  const points = positions.map((pair) => pair.split(',').map(Number));
  if (!points.length) return null;
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [(Math.min(...lats) + Math.max(...lats)) / 2, (Math.min(...lngs) + Math.max(...lngs)) / 2];
}

