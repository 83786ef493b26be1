// Pure geometry of the layout: the part of the map a panel leaves visible, and what lies inside the view.

/** The piece of rect (a DOMRect-like {left, top, right, bottom}) not covered by cover: the largest free strip. */
export function unobscuredRect(box, cover) {
  // DOMRect keeps its sides as getters, which spreading would lose
  const rect = { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
  if (!cover) return rect;
  const inter = {
    left: Math.max(rect.left, cover.left), top: Math.max(rect.top, cover.top),
    right: Math.min(rect.right, cover.right), bottom: Math.min(rect.bottom, cover.bottom),
  };
  if (inter.right <= inter.left || inter.bottom <= inter.top) return rect;
  const strips = [
    { ...rect, bottom: inter.top },
    { ...rect, top: inter.bottom },
    { ...rect, right: inter.left },
    { ...rect, left: inter.right },
  ];
  const area = (r) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
  return strips.reduce((best, strip) => (area(strip) > area(best) ? strip : best));
}

export function centreOf(rect) {
  return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
}

/** [minLng, minLat, maxLng, maxLat] of a GeoJSON geometry, or null without coordinates. */
export function bboxOf(geometry) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (coords) => {
    if (typeof coords[0] === 'number') {
      box[0] = Math.min(box[0], coords[0]);
      box[1] = Math.min(box[1], coords[1]);
      box[2] = Math.max(box[2], coords[0]);
      box[3] = Math.max(box[3], coords[1]);
    } else coords.forEach(walk);
  };
  if (geometry?.coordinates) walk(geometry.coordinates);
  else geometry?.geometries?.forEach((g) => g.coordinates && walk(g.coordinates));
  return Number.isFinite(box[0]) ? box : null;
}

const intersects = (a, b) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

function nearestFirst(items, [lng, lat]) {
  const scale = Math.cos((lat * Math.PI) / 180);
  const distance = ({ box }) => (((box[0] + box[2]) / 2 - lng) * scale) ** 2 + ((box[1] + box[3]) / 2 - lat) ** 2;
  return items.map((item) => ({ item, d: distance(item) })).sort((a, b) => a.d - b.d).map(({ item }) => item.value);
}

/**
 * The sites and communes whose extent meets the view, nearest to its centre first, at most limit of each.
 * @param {{sites: {value: any, box: number[]}[], communes: {value: any, box: number[]}[], view: number[],
 *          centre: number[], limit?: number}} options view: [west, south, east, north], centre: [lng, lat]
 */
export function pickInView({ sites, communes, view, centre, limit = 30 }) {
  const pick = (items) => {
    const inside = nearestFirst(items.filter((i) => i.box && intersects(i.box, view)), centre);
    return { shown: inside.slice(0, limit), total: inside.length };
  };
  return { sites: pick(sites), communes: pick(communes) };
}
