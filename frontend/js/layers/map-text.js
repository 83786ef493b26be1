// What the base-map and label code computes without Leaflet: the probe tile's URL, which labels fit. Pure.

/** The URL of the tile under a point, for the probe: {z}/{x}/{y} (and {s}) filled in. */
export function tileUrl(template, latlng, zoom) {
  const n = 2 ** zoom;
  const x = Math.floor(((latlng.lng + 180) / 360) * n);
  const rad = (latlng.lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return template.replace('{s}', 'a').replace('{z}', String(zoom)).replace('{x}', String(x)).replace('{y}', String(y))
    .replace('{r}', '');
}

/** Which boxes to show, largest commune first, none overlapping one already kept. Pure. */
export function keepApart(boxes) {
  const kept = [];
  for (const box of [...boxes].sort((a, b) => b.weight - a.weight)) {
    const clashes = kept.some((k) => box.left < k.right && k.left < box.right && box.top < k.bottom && k.top < box.bottom);
    if (!clashes) kept.push(box);
  }
  return new Set(kept.map((box) => box.id));
}

