// Colours and symbols: sites by status (fill) and kind (outline), communes by class of violations. Pure.
export const STATUS_COLORS = {
  operating: '#d7191c',
  reactivated: '#e7298a',
  under_remediation: '#2b83ba',
  suspended: '#542788',
  committed: '#1a9641',
  closed: '#525252',
  relocated: '#80cdc1',
};
const UNKNOWN_COLOR = '#999999';

// Outline per kind: size says how large the site is, the dash says what it is.
export const KIND_SYMBOLS = {
  industrial_zone: { radius: 13, weight: 3, dashArray: '1 4' },
  industrial_cluster: { radius: 11, weight: 3, dashArray: null },
  craft_village: { radius: 11, weight: 2, dashArray: '5 3' },
  recycling_facility: { radius: 6, weight: 1.5, dashArray: null },
  waste_dump: { radius: 7, weight: 2.5, dashArray: '2 2' },
  household_workshop: { radius: 4, weight: 1, dashArray: null },
};
const DEFAULT_SYMBOL = { radius: 5, weight: 1, dashArray: null };

export const COMPOUND_KINDS = ['craft_village', 'industrial_cluster', 'industrial_zone'];

// Six classes: "no violation" plus five of a yellow–brown ramp (ColorBrewer YlOrBr).
export const CHOROPLETH = ['#f2f2f2', '#fff7bc', '#fee391', '#fec44f', '#fe9929', '#cc4c02'];

export function statusColor(status) {
  return STATUS_COLORS[status] || UNKNOWN_COLOR;
}

export function kindSymbol(kind) {
  return KIND_SYMBOLS[kind] || DEFAULT_SYMBOL;
}

/** Path options for a site drawn as a point (L.circleMarker). */
export function siteMarkerStyle({ kind, status }, selected = false) {
  const symbol = kindSymbol(kind);
  return {
    radius: symbol.radius + (selected ? 3 : 0),
    weight: selected ? symbol.weight + 2 : symbol.weight,
    dashArray: selected ? null : symbol.dashArray,
    color: selected ? '#000000' : '#1f1f1f',
    fillColor: statusColor(status),
    // large symbols are see-through so the workshops under them stay visible
    fillOpacity: COMPOUND_KINDS.includes(kind) ? 0.45 : 0.9,
    opacity: 1,
  };
}

/** The order sites are drawn in: larger kinds first, so small household markers stay on top and clickable. */
export function bySizeDescending(a, b) {
  return siteMarkerStyle(b.properties).radius - siteMarkerStyle(a.properties).radius;
}

/** Path options for the outlined area of a compound site (craft village, cluster, zone). */
export function siteAreaStyle({ kind, status }, selected = false) {
  return {
    color: statusColor(status),
    weight: selected ? 4 : 2.5,
    dashArray: kindSymbol(kind).dashArray,
    fillColor: statusColor(status),
    fillOpacity: selected ? 0.25 : 0.1,
    opacity: 1,
  };
}

/**
 * Upper bounds of up to `classes` classes over the positive values (quantiles, rounded up, distinct).
 * Zero is always its own class below them. [] when nothing is positive.
 */
export function classBreaks(values, classes = 5) {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  if (!positive.length) return [];
  const breaks = [];
  for (let k = 1; k <= classes; k += 1) {
    const index = Math.min(positive.length - 1, Math.ceil((k / classes) * positive.length) - 1);
    const bound = Math.ceil(positive[index]);
    if (!breaks.includes(bound)) breaks.push(bound);
  }
  return breaks;
}

/** 0 for no violation, else 1 + index of the first upper bound the value does not exceed. */
export function classIndex(value, breaks) {
  if (!(value > 0) || !breaks.length) return 0;
  const index = breaks.findIndex((bound) => value <= bound);
  return 1 + (index === -1 ? breaks.length - 1 : index);
}

/** Labels of the classes, lowest first: ["0", "1–2", "3–4", …]. */
export function classLabels(breaks) {
  const labels = ['0'];
  let lower = 1;
  for (const bound of breaks) {
    labels.push(bound === lower ? String(bound) : `${lower}–${bound}`);
    lower = bound + 1;
  }
  return labels;
}

/** The colour of each class for a given number of breaks, so the legend and the map agree. */
export function classColors(breaks) {
  const n = breaks.length;
  return [CHOROPLETH[0], ...breaks.map((_, i) => CHOROPLETH[CHOROPLETH.length - n + i])];
}

export function communeStyle(violations, breaks, selected = false) {
  return {
    fillColor: classColors(breaks)[classIndex(violations, breaks)],
    fillOpacity: 0.6,
    color: selected ? '#08306b' : '#6b6b6b',
    weight: selected ? 3 : 0.8,
    opacity: 1,
  };
}
