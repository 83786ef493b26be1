// Following a plan stop by stop: which stop is next, how far along the patrol is, and the link that opens the
// phone's navigation app at a stop. Pure.

/** The first stop in plan order without an outcome; null when every stop has one. */
export function nextStop(patrol) {
  return (patrol?.stops ?? []).find((stop) => !stop.outcome) ?? null;
}

/** {done, visited, total}: stops with an outcome, of which visited, and all the plan's stops. */
export function progress(patrol) {
  const stops = patrol?.stops ?? [];
  const done = stops.filter((stop) => stop.outcome);
  return { done: done.length, visited: done.filter((stop) => stop.outcome.outcome === 'visited').length,
    total: stops.length };
}

/**
 * A geo: URI (RFC 5870) for a stop: Android opens it in the navigation app of the user's choice; the label after q=
 * is what Google Maps and OsmAnd show.
 */
export function geoUri({ lat, lon, siteName }) {
  const at = `${Number(lat).toFixed(6)},${Number(lon).toFixed(6)}`;
  const label = siteName ? `(${encodeURIComponent(siteName)})` : '';
  return `geo:${at}?q=${at}${label}`;
}

/** What the page may offer for a patrol's status: the buttons and whether outcomes and the track are taken. */
export function actionsFor(status) {
  return {
    start: status === 'planned',
    record: status === 'in_progress',
    track: status === 'in_progress',
    finish: status === 'in_progress',
  };
}

/** The patrol with an outcome recorded locally (before the service has it), so the page moves on at once. */
export function withOutcome(patrol, order, outcome) {
  return { ...patrol, stops: patrol.stops.map((stop) => (stop.order === order ? { ...stop, outcome } : stop)) };
}

/**
 * The patrol as the service last said, with the outcomes still waiting on the phone (outbox items of kind 'outcome'):
 * opened again without a connection, the page goes on from the stop after the last one recorded.
 */
export function withQueued(patrol, items) {
  const waiting = items.filter((item) => item.kind === 'outcome' && item.state === 'queued'
    && String(item.patrolId) === String(patrol.id));
  return waiting.reduce((each, item) => (each.stops.some((stop) => stop.order === item.order && !stop.outcome)
      ? withOutcome(each, item.order, { outcome: item.body.outcome, found: item.body.found,
        recordedAt: item.body.recordedAt })
      : each), patrol);
}
