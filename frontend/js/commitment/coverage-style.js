// How the coverage layer shades a commune: the share of the sites that must sign which hold a valid, unbroken
// commitment, in classes up to the directive's 100 % target. Pure.

/** Upper bounds of the share classes below the target; the target itself is its own class. */
export const SHARE_CLASSES = [0.25, 0.5, 0.75, 1];
export const CLASS_COLOURS = ['#b2182b', '#ef8a62', '#fddbc7', '#d1e5f0', '#2166ac'];
export const NONE_COLOUR = '#bdbdbd';

/** The class of a commune: 'none' when no site needs to sign, else 0..4 (4: the target reached). */
export function shareClass({ share, needed }) {
  if (!needed) return 'none';
  if (share >= 1) return SHARE_CLASSES.length;
  return SHARE_CLASSES.findIndex((bound) => share < bound);
}

export function shareColour(properties) {
  const k = shareClass(properties);
  return k === 'none' ? NONE_COLOUR : CLASS_COLOURS[k];
}

/** The legend's rows, lowest class first: [{key, params, colour}] for t(key, params). */
export function legendRows() {
  const rows = SHARE_CLASSES.map((bound, i) => ({
    key: 'commitment.legend.range',
    params: { from: i === 0 ? 0 : Math.round(SHARE_CLASSES[i - 1] * 100), to: Math.round(bound * 100) },
    colour: CLASS_COLOURS[i],
  }));
  rows.push({ key: 'commitment.legend.target', params: {}, colour: CLASS_COLOURS[SHARE_CLASSES.length] });
  rows.push({ key: 'commitment.legend.none', params: {}, colour: NONE_COLOUR });
  return rows;
}

/** The province's totals over the communes: sites needing, covered, and the share (null when none needs to sign). */
export function provinceTotals(features) {
  const sum = (key) => features.reduce((total, f) => total + (f.properties[key] || 0), 0);
  const needed = sum('needed');
  const covered = sum('covered');
  return { needed, covered, expired: sum('expired'), broken: sum('broken'), unsigned: sum('unsigned'),
    share: needed ? covered / needed : null };
}

/**
 * A commitment's badge: its state (valid, expired, broken, superseded) as the API says it.
 * @returns {{key: string, variant: string}}
 */
export function stateBadge(state) {
  const variants = { valid: 'ok', expired: 'warn', broken: 'danger', superseded: 'muted' };
  return { key: `commitment.state.${state}`, variant: variants[state] || 'muted' };
}

/** The request body from the form's values: the checked promises become the list of codes. */
export function commitmentBody(values, promiseCodes) {
  const body = {};
  for (const key of ['signedOn', 'signerName', 'signerRole', 'validUntil', 'relocateBy', 'promiseOther']) {
    const value = values[key];
    if (value !== undefined && value !== null && value !== '') body[key] = value;
  }
  body.promises = promiseCodes.filter((code) => values[`promise.${code}`] === true);
  return body;
}
