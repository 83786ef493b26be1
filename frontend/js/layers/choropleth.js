// What the communes layer shades: violations in the period as a count, per km² or per site. Pure.
import { classBreaks } from '../map/style.js';

export const MEASURES = ['count', 'km2', 'site'];

/** The shaded value of a commune; a rate is 0 where there is no area or no site to divide by. */
export function measureOf(properties, measure = 'count') {
  const violations = properties.violations ?? 0;
  if (measure === 'km2') return properties.areaKm2 > 0 ? violations / properties.areaKm2 : 0;
  if (measure === 'site') return properties.sites > 0 ? violations / properties.sites : 0;
  return violations;
}

/** Rounds up to two significant digits: 0.1234 → 0.13, 37.2 → 38, 1234 → 1300. */
export function ceilTwoDigits(value) {
  if (!(value > 0)) return 0;
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(Math.ceil(value / step - 1e-9) * step * 1e6) / 1e6;
}

/**
 * Upper bounds of up to five classes of the positive values: whole numbers for counts (as before), two significant
 * digits for rates. Zero stays its own class below them.
 */
export function measureBreaks(values, measure = 'count', classes = 5) {
  if (measure === 'count') return classBreaks(values, classes);
  const positive = values.filter((v) => Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  const breaks = [];
  for (let k = 1; k <= classes && positive.length; k += 1) {
    const bound = ceilTwoDigits(positive[Math.min(positive.length - 1, Math.ceil((k / classes) * positive.length) - 1)]);
    if (!breaks.includes(bound)) breaks.push(bound);
  }
  return breaks;
}

/** Labels of the rate classes, lowest first: ["0", "≤ 0,13", "0,13–0,5", …], numbers written by `format`. */
export function rateLabels(breaks, format) {
  return ['0', ...breaks.map((bound, i) => (i === 0 ? `≤ ${format(bound)}` : `${format(breaks[i - 1])}–${format(bound)}`))];
}
