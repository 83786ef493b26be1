// Turns the phone's positions into batches for POST /patrols/{id}/track: a batch is sealed when it holds `size`
// points or its first point is `maxAgeMs` old, and gets its own key then, once, so that sending it again is
// recognised by the service (Idempotency-Key). Pure: the clock and the key maker are given.

/**
 * @param {{size?: number, maxAgeMs?: number, minAccuracyM?: number, newKey: () => string}} options
 *   minAccuracyM: positions less precise than this (metres) are left out
 */
export function createTrackBatcher({ size = 20, maxAgeMs = 60_000, minAccuracyM = 100, newKey }) {
  let points = [];
  let firstAt = null;

  /** Adds a position ({lon, lat, accuracy, recordedAt: ISO}); returns a sealed batch when one is due, else null. */
  function add(position, nowMs) {
    if (!isUsable(position, minAccuracyM)) return null;
    if (points.length && points[points.length - 1].recordedAt === position.recordedAt) return null;
    if (!points.length) firstAt = nowMs;
    points.push({ lon: position.lon, lat: position.lat, accuracy: position.accuracy ?? null,
      recordedAt: position.recordedAt });
    return points.length >= size || nowMs - firstAt >= maxAgeMs ? seal() : null;
  }

  /** The points held so far as a batch (null when none), e.g. when the patrol finishes. */
  function seal() {
    if (!points.length) return null;
    const batch = { key: newKey(), points };
    points = [];
    firstAt = null;
    return batch;
  }

  return { add, seal, pending: () => points.length };
}

function isUsable(position, minAccuracyM) {
  return Number.isFinite(position?.lon) && Number.isFinite(position?.lat)
    && Math.abs(position.lon) <= 180 && Math.abs(position.lat) <= 90
    && !(Number.isFinite(position.accuracy) && position.accuracy > minAccuracyM)
    && typeof position.recordedAt === 'string';
}
