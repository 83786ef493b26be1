// An outcome recorded at a stop cites the field observation made there. Both wait on the phone while offline: the
// observation in the phone's outbox of observations (its id is the service's, known only once it is sent), the
// outcome in the patrol's outbox with the observation's key. Sent in that order, the outcome takes the id. Pure.

/** The error that keeps an outcome in the outbox while its observation waits (as a lost connection does). */
export class ObservationWaiting extends Error {
  constructor(key) {
    super(`observation ${key} not sent yet`);
    this.status = 0;
  }
}

/**
 * The body to send for an outbox outcome item: its own body, with `observationId` once the observation it names by
 * `observationKey` has been sent. Throws ObservationWaiting while that observation waits. An observation refused for
 * good (the officer sees why in the outbox) or no longer on the phone leaves the outcome without it: the visit
 * still happened.
 * @param {{body: object, observationKey?: string}} item
 * @param {{key: string, state: string, result?: {id: number}}[]} observations the observation outbox's items
 */
export function outcomeBody(item, observations) {
  if (!item.observationKey) return item.body;
  const observation = observations.find((each) => each.key === item.observationKey);
  if (observation?.state === 'waiting') throw new ObservationWaiting(item.observationKey);
  if (observation?.state === 'sent' && observation.result?.id) return { ...item.body, observationId: observation.result.id };
  return item.body;
}

/** Where the phone remembers the observation recorded at a patrol's stop until the stop's outcome is recorded. */
export const stopObservationKey = (patrolId, order) => `diemnong.patrol.observation.${patrolId}.${order}`;
