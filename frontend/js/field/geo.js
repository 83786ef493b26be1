// Where things are, for the phone page: a site's point, distances, nearest first, which commune holds a point. Pure.
import { searchKey } from '../access/public-data.js';

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg) => (deg * Math.PI) / 180;

/** Great-circle distance in metres between two [lon, lat] positions. */
export function distanceMeters([lon1, lat1], [lon2, lat2]) {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

const ringMean = (ring) => {
  // a closed ring repeats its first vertex: counted once
  const points = ring.length > 1 && ring[0][0] === ring.at(-1)[0] && ring[0][1] === ring.at(-1)[1] ? ring.slice(0, -1) : ring;
  const sum = points.reduce(([x, y], [lon, lat]) => [x + lon, y + lat], [0, 0]);
  return [sum[0] / points.length, sum[1] / points.length];
};

/** A site's [lon, lat]: its point, or the middle of its (first) outline's vertices; null without a geometry. */
export function sitePoint(geometry) {
  if (!geometry) return null;
  switch (geometry.type) {
    case 'Point': return geometry.coordinates;
    case 'Polygon': return ringMean(geometry.coordinates[0]);
    case 'MultiPolygon': return ringMean(geometry.coordinates[0][0]);
    default: return null;
  }
}

/**
 * The sites in the order a person in the field wants them: nearest first from where they stand ([lon, lat]), each
 * with its distance in metres; without a position, by name (Vietnamese order) and distance null.
 */
export function nearestFirst(features, position) {
  const rows = features.map((feature) => {
    const point = sitePoint(feature.geometry);
    return { feature, distance: position && point ? distanceMeters(position, point) : null };
  });
  const byName = (a, b) => String(a.feature.properties?.name ?? '').localeCompare(String(b.feature.properties?.name ?? ''), 'vi');
  if (!position) return rows.sort(byName);
  return rows.sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity) || byName(a, b));
}

/** Whether a site matches what was typed, without accents: every word in its name, commune or number. */
export function matchesSearch(feature, query) {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const p = feature.properties || {};
  const text = searchKey(`${p.name ?? ''} ${p.communeName ?? ''} ${feature.id ?? ''}`);
  return words.every((word) => text.includes(word));
}

function inRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const inPolygon = (point, rings) => inRing(point, rings[0]) && !rings.slice(1).some((hole) => inRing(point, hole));

/** The feature (a commune's boundary) whose Polygon/MultiPolygon holds the [lon, lat] point, else null. */
export function featureAt(features, point) {
  if (!point) return null;
  return features.find(({ geometry: g }) => (g?.type === 'Polygon' && inPolygon(point, g.coordinates))
    || (g?.type === 'MultiPolygon' && g.coordinates.some((rings) => inPolygon(point, rings)))) ?? null;
}

/** "120 m", "3,4 km": a distance as the list shows it. */
export function formatDistance(metres, lang = 'vi') {
  if (metres === null || metres === undefined) return '';
  if (metres < 1000) return `${Math.round(metres)} m`;
  return `${(metres / 1000).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 })} km`;
}
