// The limit a sample is judged by and how many times it is exceeded, as the service computes them (regulation.Limit):
// the limit is the row of GET /api/v1/regulation/limits for the sample's medium, parameter and column (default B) on
// the inspection's date; the factor is value / max, or min / value below a range's minimum, rounded half up to three
// decimals in exact decimal arithmetic. Pure.

/** The limit in force for a sample among the date's limits, or null. */
export function limitFor(limits, { medium, parameter, column }) {
  const wanted = column || 'B';
  return (limits || []).find((limit) => limit.medium === medium && limit.parameter === parameter
    && limit.column === wanted) ?? null;
}

/** The parameters a medium has limits for on the date, for a select: [{value, label, unit}] in the API's order. */
export function parameterChoices(limits, medium, lang) {
  const seen = new Map();
  for (const limit of limits || []) {
    if (limit.medium !== medium || seen.has(limit.parameter)) continue;
    seen.set(limit.parameter, { value: limit.parameter, label: `${lang === 'en' ? limit.nameEn : limit.nameVi} (${limit.unit})`,
      unit: limit.unit });
  }
  return [...seen.values()];
}

/** A decimal as an exact pair: '12.50' → {units: 1250n, scale: 2}; '1e-7' → {units: 1n, scale: 7}; null if not one. */
export function decimal(value) {
  if (value === null || value === undefined) return null;
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(String(value).trim());
  if (!match || (match[2] === '' && !match[3])) return null;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let units = BigInt(`${whole}${fraction}` || '0');
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: sign === '-' ? -units : units, scale };
}

/** n / d rounded half up (away from zero) to three decimals, as text: '2.733'. */
function divide(n, d) {
  // n = a·10^-p, d = b·10^-q: n/d·1000 = a·10^q·1000 / (b·10^p)
  const numerator = n.units * 10n ** BigInt(d.scale) * 1000n;
  const denominator = d.units * 10n ** BigInt(n.scale);
  const negative = (numerator < 0n) !== (denominator < 0n) && numerator !== 0n;
  const abs = (x) => (x < 0n ? -x : x);
  const thousandths = (2n * abs(numerator) + abs(denominator)) / (2n * abs(denominator));
  const text = thousandths.toString().padStart(4, '0');
  return `${negative ? '-' : ''}${text.slice(0, -3)}.${text.slice(-3)}`;
}

/**
 * How many times the limit a value is, as the service stores it ('2.733'); null without a positive maximum or a
 * number. Below a range's minimum (pH 4.4 against 5.5–9) it is min / value.
 */
export function exceedance(limit, value) {
  const max = decimal(limit?.max);
  const measured = decimal(value);
  if (!max || max.units <= 0n || !measured) return null;
  const min = decimal(limit.min);
  if (min && measured.units > 0n && compare(measured, min) < 0) return divide(min, measured);
  return divide(measured, max);
}

function compare(a, b) {
  const scale = Math.max(a.scale, b.scale);
  const x = a.units * 10n ** BigInt(scale - a.scale);
  const y = b.units * 10n ** BigInt(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}
