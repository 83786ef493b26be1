// How far the limit a sample was judged by can be trusted (the "verification" of QCVN rows).
const UNVERIFIED = /recalled|not retrieved/i;

/**
 * The part of a verification text that applies to the sample's column:
 * ("B: corroborated; A: recalled", "B") → "corroborated"; a text without columns applies as a whole.
 */
export function appliedVerification(verification, column) {
  if (!verification) return '';
  const parts = verification.split(';').map((part) => part.trim()).filter(Boolean);
  const perColumn = parts.map((part) => /^([A-Za-z0-9]+)\s*:\s*(.+)$/.exec(part)).filter(Boolean);
  if (!column || perColumn.length !== parts.length) return verification.trim();
  const match = perColumn.find(([, col]) => col.toUpperCase() === String(column).toUpperCase());
  return match ? match[2].trim() : verification.trim();
}

const KINDS = [
  ['carriedOver', /^not retrieved \(qcvn 40:2011 value carried over\)/i],
  ['notRetrieved', /^not retrieved/i],
  ['recalled', /^recalled/i],
  ['corroborated', /^corroborated/i],
  ['verified', /^verified/i],
];

/**
 * The kind of the applied verification, a code the page names in the user's language ('verification.' + code):
 * "recalled (TT 973/2001 appendix; not retrieved)" → 'recalled'; null for a text of no known kind.
 */
export function verificationKind(verification, column) {
  const text = appliedVerification(verification, column);
  return KINDS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/** True when the applied limit was recalled or never retrieved from the source text. */
export function isUnverified(verification, column) {
  return UNVERIFIED.test(appliedVerification(verification, column));
}
