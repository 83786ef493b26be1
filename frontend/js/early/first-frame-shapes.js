// The first frame's geometry and paint (early/first-frame.js), pure: Web Mercator as Leaflet projects it (EPSG:3857,
// here in degrees of longitude so that x stays the longitude), GeoJSON polygons as SVG path data, and Leaflet's path
// options as the SVG attributes its renderer sets.

const MAX_LATITUDE = 85.0511287798;

/** North up, in the units of the longitude: Leaflet's SphericalMercator y, divided by the earth's radius, in degrees. */
export function mercatorY(lat) {
  const clamped = Math.max(Math.min(lat, MAX_LATITUDE), -MAX_LATITUDE);
  return (Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) * 180) / Math.PI;
}

/** The SVG box (y down) of a [minLon, minLat, maxLon, maxLat] box. */
export function boxOf([minLon, minLat, maxLon, maxLat]) {
  const top = -mercatorY(maxLat);
  return { x: minLon, y: top, width: maxLon - minLon, height: -mercatorY(minLat) - top };
}

const ring = (coordinates) => `M${coordinates.map(([lon, lat]) => `${lon.toFixed(5)} ${(-mercatorY(lat)).toFixed(5)}`).join('L')}Z`;

/** SVG path data of a Polygon or MultiPolygon (holes cut by the even-odd rule, as Leaflet fills); '' for others. */
export function pathData(geometry) {
  if (geometry?.type === 'Polygon') return geometry.coordinates.map(ring).join('');
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.flat().map(ring).join('');
  return '';
}

/**
 * SVG path data of circles of one radius around [x, y] centres, one subpath each, all drawn the same way round (so
 * that where they overlap the nonzero rule fills them once and no hole appears).
 */
export function circlesData(centres, radius) {
  const r = radius.toPrecision(4);
  const across = (2 * radius).toPrecision(4);
  const circle = `a${r} ${r} 0 1 0 ${across} 0a${r} ${r} 0 1 0 -${across} 0Z`;
  return centres.map(([x, y]) => `M${(x - radius).toFixed(5)} ${y.toFixed(5)}${circle}`).join('');
}

// L.Path's defaults (L.Polygon and L.CircleMarker fill)
const LEAFLET_DEFAULTS = { stroke: true, color: '#3388ff', weight: 3, opacity: 1, fill: true, fillOpacity: 0.2 };

/** The attributes Leaflet's SVG renderer sets for these path options (its _updateStyle), stroke in screen pixels. */
export function svgPaint(options) {
  const style = { ...LEAFLET_DEFAULTS, ...options };
  const paint = {};
  if (style.stroke) {
    Object.assign(paint, { stroke: style.color, 'stroke-opacity': style.opacity, 'stroke-width': style.weight,
      'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
    if (style.dashArray) paint['stroke-dasharray'] = style.dashArray;
  } else paint.stroke = 'none';
  if (style.fill) {
    Object.assign(paint, { fill: style.fillColor || style.color, 'fill-opacity': style.fillOpacity, 'fill-rule': 'evenodd' });
  } else paint.fill = 'none';
  return paint;
}
