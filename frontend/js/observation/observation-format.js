// Pure helpers for showing a field observation (no DOM): Node tests cover them (frontend/test/observation.test.js).

/** A SHA-256 shortened for reading (the first 8 and last 4 hex digits); the whole one is copied. */
export function shortSha(sha) {
  if (typeof sha !== 'string' || sha.length <= 16) return sha ?? '';
  return `${sha.slice(0, 8)}…${sha.slice(-4)}`;
}

/** The photo's URL, its thumbnail's when thumb. */
export function photoUrl(sha, thumb = false) {
  return `/api/v1/photos/${encodeURIComponent(sha)}${thumb ? '?size=thumb' : ''}`;
}

/** Whether the observation was filed far from its site, and how far (metres, whole). */
export function distanceFlag(entry) {
  const far = entry?.far === true;
  const m = Number.isFinite(entry?.distanceM) ? Math.round(entry.distanceM) : null;
  return { far, m, max: Number.isFinite(entry?.maxDistanceM) ? Math.round(entry.maxDistanceM) : null };
}
