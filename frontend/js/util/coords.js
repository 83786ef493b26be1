// A site's coordinates for people: the point to give, its "geo:" URI (RFC 5870) and the precision in metres where
// the data's precision note states it. Pure.

/** [lon, lat] of a geometry: a point's own, else the centre of its bounding box; null when there is none. */
export function pointOf(geometry) {
  if (!geometry) return null;
  if (geometry.type === 'Point') return geometry.coordinates;
  const positions = [];
  const walk = (value) => {
    if (typeof value[0] === 'number') positions.push(value);
    else value.forEach(walk);
  };
  walk(geometry.coordinates || (geometry.geometries || []).map(pointOf).filter(Boolean));
  if (!positions.length) return null;
  const lons = positions.map((p) => p[0]);
  const lats = positions.map((p) => p[1]);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

/** "21.16714, 106.06056": latitude first, as maps apps and people read it; five decimals are about 1 m. */
export function formatLatLon([lon, lat]) {
  return `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
}

/**
 * geo:21.16714,106.06056;u=2400?z=16 — RFC 5870 (u: uncertainty in metres); z, the zoom, is the maps apps' extension.
 * @param {{metres?: number|null, zoom?: number}} options
 */
export function geoUri([lon, lat], { metres = null, zoom = 17 } = {}) {
  const u = Number.isFinite(metres) && metres > 0 ? `;u=${Math.round(metres)}` : '';
  return `geo:${lat.toFixed(6)},${lon.toFixed(6)}${u}?z=${zoom}`;
}

const RADIUS = /(?:radius|bán kính|±|\+\/-)\s*~?\s*(\d+(?:[.,]\d+)?)\s*(km|m)\b/i;

/** The metres a precision note states ("radius ~2.4 km", "bán kính ~2,4 km", "± 30 m"); null when it states none. */
export function precisionMetres(text) {
  const match = RADIUS.exec(String(text || ''));
  if (!match) return null;
  const value = Number(match[1].replace(',', '.'));
  return match[2].toLowerCase() === 'km' ? value * 1000 : value;
}

/** A zoom that shows about the stated uncertainty: 17 for 50 m or less, one step out per doubling. */
export function zoomFor(metres) {
  if (!Number.isFinite(metres) || metres <= 50) return 17;
  return Math.max(11, Math.round(17 - Math.log2(metres / 50)));
}
