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

/** True when the applied limit was recalled or never retrieved from the source text. */
export function isUnverified(verification, column) {
  return UNVERIFIED.test(appliedVerification(verification, column));
}
