// Records the phone's track while the patrol is in progress: positions from the Geolocation API go through the
// batcher, and each sealed batch into the outbox under its own key.
import { createTrackBatcher } from './track-batcher.js';

const newKey = () => (globalThis.crypto?.randomUUID ? crypto.randomUUID()
  : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);

/**
 * @param {{patrolId: number, outbox: object, geolocation?: Geolocation, onChange?: () => void, onPoint?: () => void}} options
 *   onPoint: a position was taken into the track
 */
export function createTrackRecorder({ patrolId, outbox, geolocation = navigator.geolocation, onChange = () => {},
  onPoint = () => {} }) {
  const batcher = createTrackBatcher({ newKey });
  let watch = null;
  // the points taken on this page: sealed into batches, and held for the next batch
  let sealed = 0;

  async function queue(batch) {
    if (!batch) return;
    await outbox.enqueue({ id: batch.key, kind: 'track', patrolId, body: { points: batch.points } });
    onChange();
    outbox.flush().then(onChange);
  }

  function start() {
    if (watch !== null || !geolocation) return;
    watch = geolocation.watchPosition((position) => {
      const { longitude: lon, latitude: lat, accuracy } = position.coords;
      const before = batcher.pending();
      const batch = batcher.add({ lon, lat, accuracy, recordedAt: new Date(position.timestamp).toISOString() }, Date.now());
      sealed += batch ? batch.points.length : 0;
      if (batch || batcher.pending() > before) onPoint();
      queue(batch);
    }, () => {}, { enableHighAccuracy: true, maximumAge: 5000 });
  }

  /** Stops watching and queues the points held so far. */
  async function stop() {
    if (watch !== null) geolocation.clearWatch(watch);
    watch = null;
    const batch = batcher.seal();
    sealed += batch ? batch.points.length : 0;
    await queue(batch);
  }

  return { start, stop, recording: () => watch !== null, pending: () => batcher.pending(),
    points: () => sealed + batcher.pending() };
}
