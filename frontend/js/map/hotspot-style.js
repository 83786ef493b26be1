// Colours of the hotspot layers: Gi* classes, emerging categories (colour + hatch), site risk classes. Pure.

// Gi_Bin classes, hottest first (ArcGIS's order); 'none' is not filled.
export const GI_CLASSES = ['hot99', 'hot95', 'hot90', 'none', 'cold90', 'cold95', 'cold99'];
export const GI_COLORS = {
  hot99: '#b2182b', hot95: '#e34a33', hot90: '#fdae61', none: 'transparent',
  cold90: '#abd9e9', cold95: '#74add1', cold99: '#313695',
};

// ArcGIS Pro's Emerging Hot Spot patterns: solid for the steady ones, hatched for those that came and went.
export const EMERGING_STYLES = {
  new_hot_spot: { fill: '#fcbba1', hatch: 'dots', ink: '#a50f15' },
  consecutive_hot_spot: { fill: '#fb6a4a', hatch: 'horizontal', ink: '#67000d' },
  intensifying_hot_spot: { fill: '#a50f15', hatch: null },
  persistent_hot_spot: { fill: '#ef3b2c', hatch: null },
  diminishing_hot_spot: { fill: '#fc9272', hatch: null },
  sporadic_hot_spot: { fill: '#fee0d2', hatch: 'diagonal', ink: '#cb181d' },
  oscillating_hot_spot: { fill: '#fcbba1', hatch: 'diagonal', ink: '#2171b5' },
  historical_hot_spot: { fill: '#d9c2b8', hatch: 'vertical', ink: '#7f2704' },
  new_cold_spot: { fill: '#c6dbef', hatch: 'dots', ink: '#08306b' },
  consecutive_cold_spot: { fill: '#6baed6', hatch: 'horizontal', ink: '#08306b' },
  intensifying_cold_spot: { fill: '#08519c', hatch: null },
  persistent_cold_spot: { fill: '#3182bd', hatch: null },
  diminishing_cold_spot: { fill: '#9ecae1', hatch: null },
  sporadic_cold_spot: { fill: '#deebf7', hatch: 'diagonal', ink: '#2171b5' },
  oscillating_cold_spot: { fill: '#c6dbef', hatch: 'diagonal', ink: '#cb181d' },
  historical_cold_spot: { fill: '#b8c4d9', hatch: 'vertical', ink: '#08306b' },
  no_pattern: { fill: 'transparent', hatch: null },
};
export const EMERGING_CATEGORIES = Object.keys(EMERGING_STYLES);

// Site risk 0–100 in five classes of 20 points: colour and size both grow with the risk. A purple ramp
// (ColorBrewer RdPu), so risk is not mistaken for the yellow–brown communes or the red hot cells beneath.
export const RISK_CLASSES = [
  { min: 0, max: 20, color: '#feebe2', radius: 4 },
  { min: 20, max: 40, color: '#fbb4b9', radius: 5.5 },
  { min: 40, max: 60, color: '#f768a1', radius: 7 },
  { min: 60, max: 80, color: '#c51b8a', radius: 9 },
  { min: 80, max: 100, color: '#7a0177', radius: 11 },
];

export const isSignificant = (cls) => Boolean(cls) && cls !== 'none';
export const hasPattern = (category) => Boolean(category) && category !== 'no_pattern';

export function giColor(cls) {
  return GI_COLORS[cls] || GI_COLORS.none;
}

export function emergingStyle(category) {
  return EMERGING_STYLES[category] || EMERGING_STYLES.no_pattern;
}

/** Path options of a Gi* cell; `fill` may be replaced by a canvas pattern by the caller. */
export function cellStyle(fill, selected = false) {
  return {
    fillColor: fill,
    fillOpacity: fill === 'transparent' ? 0 : 0.75,
    color: selected ? '#000000' : '#5b5b5b',
    weight: selected ? 3 : 0.4,
    opacity: selected ? 1 : 0.6,
  };
}

/**
 * Path options of a coloured (significant) cell: a border in its own colour keeps a 250 m cell a few pixels wide when
 * the whole province is in view, where its area alone is a pixel.
 */
export function shownCellStyle(fill, ink) {
  return { fillColor: fill, fillOpacity: 0.75, color: ink, weight: 2, opacity: 0.9 };
}

/** Index of the risk class of a score: 0 for [0, 20), …, 4 for [80, 100]; unknown scores fall in the lowest. */
export function riskClassIndex(score) {
  if (!Number.isFinite(score) || score < 0) return 0;
  const index = RISK_CLASSES.findIndex((c) => score < c.max);
  return index === -1 ? RISK_CLASSES.length - 1 : index;
}

/** {classIndex: number of scores in it}, for the legend. */
export function riskClassCounts(scores) {
  const counts = {};
  for (const score of scores) {
    const i = riskClassIndex(score);
    counts[i] = (counts[i] || 0) + 1;
  }
  return counts;
}

export function riskColor(score) {
  return RISK_CLASSES[riskClassIndex(score)].color;
}

/** Path options of a site drawn by its risk (L.circleMarker or an outlined area). */
export function riskMarkerStyle(score, selected = false) {
  const cls = RISK_CLASSES[riskClassIndex(score)];
  return {
    radius: cls.radius + (selected ? 3 : 0),
    weight: selected ? 3 : 1,
    color: selected ? '#000000' : '#3b3b3b',
    fillColor: cls.color,
    fillOpacity: 0.9,
    opacity: 1,
  };
}

/** The same hatch as CSS, for legend swatches: "#fee0d2 repeating-linear-gradient(…)". */
export function hatchCss({ fill, hatch, ink }) {
  const lines = (angle) => `repeating-linear-gradient(${angle}deg, ${ink} 0 1.5px, transparent 1.5px 5px)`;
  const patterns = {
    diagonal: lines(-45),
    horizontal: lines(0),
    vertical: lines(90),
    dots: `radial-gradient(${ink} 1.2px, transparent 1.6px) 0 0 / 5px 5px`,
  };
  const layer = hatch && patterns[hatch];
  return layer ? `${layer}, ${fill}` : fill;
}
