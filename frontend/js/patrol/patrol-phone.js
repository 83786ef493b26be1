// A plan followed on the phone, stop by stop: the patrol is created and started, the next stop shown with a link to
// navigate there, a field observation made there (the /field page's form and outbox), its outcome recorded citing
// that observation, the track recorded while in progress; what was recorded waits on the phone (IndexedDB) until the
// service has it, exactly once: the observations first, then the outcomes and track batches.
import { send } from '../api.js';
import { t } from '../i18n.js';
import { urls } from '../urls.js';
import { h, mount } from '../util/dom.js';
import { outcomeBody, stopObservationKey } from './cite.js';
import { createOutbox } from './outbox.js';
import { observationLine, stopCard, stopList } from './stop-card.js';
import { openStopObservation } from './stop-observation.js';
import { actionsFor, nextStop, progress, withOutcome, withQueued } from './stops.js';
import { createTrackRecorder } from './track-recorder.js';

// what waits is tried again this often while the page is open (the first try as the connection comes back can fail)
const RETRY_MS = 5_000;

/** What an outbox item becomes: its request to the service (an outcome with the id of its stop's observation). */
const senderWith = (observations) => async (item) => {
  if (item.kind === 'outcome') {
    const body = outcomeBody(item, await observations.list());
    return send(urls.patrolOutcome(item.patrolId, item.order), { json: body });
  }
  return send(urls.patrolTrack(item.patrolId), { json: item.body, headers: { 'Idempotency-Key': item.id } });
};

/**
 * @param {HTMLElement} el
 * @param {{api: object, planId: string, store: object, observations: object, statuses?: string[],
 *          onObservations?: (listener: (items: object[]) => void) => void, storage?: Storage,
 *          geolocation?: Geolocation}} options
 *   store: the patrol's outbox (outcomes, track batches); observations: the phone's outbox of field observations
 *   (field/observation-outbox.js), whose changes onObservations reports; storage remembers which patrol follows the
 *   plan on this phone and the observation made at each stop until its outcome is recorded
 */
export async function mountPatrolPhone(el, { api, planId, store, observations, statuses = [], onObservations,
  storage = localStorage, geolocation }) {
  const remembered = `diemnong.patrol.plan.${planId}`;
  const outbox = createOutbox({ store, send: senderWith(observations) });
  const status = h('p', { class: 'patrol-queue', 'data-testid': 'patrol-queue', 'aria-live': 'polite' });
  const track = h('p', { class: 'patrol-track', 'data-testid': 'patrol-track', 'data-points': '0' });
  let patrol = null;
  let recorder = null;
  let observationItems = await observations.list();
  let screen = 'stop';

  const error = (e) => mount(status, h('span', { class: 'form-error', role: 'alert' }, e.detail ?? e.message));
  async function showQueue() {
    const { queued, failed } = await outbox.counts();
    const waiting = queued + observationItems.filter((item) => item.state === 'waiting').length;
    status.dataset.waiting = String(waiting);
    mount(status, waiting ? t('patrol.phone.queued', { n: waiting }) : t('patrol.phone.allSent'),
      failed ? [' ', t('patrol.phone.failed', { n: failed })] : null);
  }
  // the observations first: an outcome waits for the id of the observation it cites
  const flush = () => observations.flush().catch(() => {}).then(() => outbox.flush()).then(showQueue, showQueue);
  globalThis.addEventListener?.('online', flush);
  setInterval(async () => {
    const waiting = observationItems.some((item) => item.state === 'waiting') || (await outbox.counts()).queued;
    if (navigator.onLine && waiting) flush();
  }, RETRY_MS);
  // what the officer typed at a stop, kept while the observation form is open
  const foundDrafts = new Map();
  onObservations?.((items) => {
    observationItems = items;
    // only the line that says where the stop's observation is: the card keeps its focus and what is being typed
    const line = el.querySelector('[data-testid=patrol-observation]');
    const next = patrol ? nextStop(patrol) : null;
    if (screen === 'stop' && line && next) line.replaceWith(observationLine(stopObservation(next.order)));
    showQueue();
  });
  const stopObservation = (order) => {
    const key = patrol ? storage.getItem(stopObservationKey(patrol.id, order)) : null;
    return key ? observationItems.find((item) => item.key === key) ?? { key, state: 'gone' } : null;
  };
  const showTrack = () => {
    const points = recorder?.points() ?? 0;
    track.dataset.points = String(points);
    mount(track, t('patrol.phone.tracking'), ' ', t('patrol.track.points', { n: points }));
  };

  async function load(id) {
    // what waits on the phone counts as recorded (the answer may be the copy kept for use without a connection)
    patrol = withQueued(await api.patrol(id), await store.all());
    storage.setItem(remembered, String(patrol.id));
    const actions = actionsFor(patrol.status);
    if (actions.track && !recorder) {
      recorder = createTrackRecorder({ patrolId: patrol.id, outbox, geolocation, onChange: showQueue, onPoint: showTrack });
      recorder.start();
    }
    render();
  }

  async function step(action) {
    try {
      if (action === 'finish' && recorder) await recorder.stop();
      await flush();
      patrol = await send(urls.patrolStep(patrol.id, action), { json: {} });
      await load(patrol.id);
    } catch (e) { error(e); }
  }

  async function record(order, outcome, found) {
    const body = { outcome, found: found.trim() || null, recordedAt: new Date().toISOString() };
    const cited = stopObservationKey(patrol.id, order);
    await outbox.enqueue({ id: `outcome-${patrol.id}-${order}`, kind: 'outcome', patrolId: patrol.id, order, body,
      observationKey: storage.getItem(cited) ?? undefined });
    storage.removeItem(cited);
    foundDrafts.delete(order);
    patrol = withOutcome(patrol, order, { outcome, found: body.found, recordedAt: body.recordedAt });
    render();
    await flush();
  }

  function observe(stop) {
    screen = 'observation';
    const back = () => {
      screen = 'stop';
      render();
      globalThis.scrollTo?.(0, 0);
    };
    openStopObservation(el, { stop, statuses, observations, geolocation, onBack: back,
      onSaved: (item) => {
        storage.setItem(stopObservationKey(patrol.id, stop.order), item.key);
        observationItems = [...observationItems.filter((each) => each.key !== item.key), item];
        back();
        flush();
      } });
    globalThis.scrollTo?.(0, 0);
  }

  function create(team) {
    send(urls.planPatrols(planId), { json: { team } }).then((created) => load(created.id), error);
  }

  function render() {
    if (!patrol) {
      const team = h('input', { id: 'patrol-team', 'data-testid': 'patrol-team', maxlength: 200 });
      mount(el, h('label', { for: 'patrol-team', class: 'patrol-label' }, t('patrol.phone.team')), team,
        h('button', { type: 'button', class: 'form-button primary', 'data-testid': 'patrol-create',
          onClick: () => create(team.value) }, t('patrol.phone.create')), status);
      return;
    }
    const actions = actionsFor(patrol.status);
    const { done, visited, total } = progress(patrol);
    const next = nextStop(patrol);
    mount(el,
      h('p', { class: 'patrol-head', 'data-testid': 'patrol-status', 'data-status': patrol.status },
        patrol.team, ' · ', t(`patrol.status.${patrol.status}`), ' · ',
        t('patrol.phone.progress', { done, visited, total })),
      actions.start ? h('button', { type: 'button', class: 'form-button primary', 'data-testid': 'patrol-start',
        onClick: () => step('start') }, t('patrol.phone.start')) : null,
      actions.record && next ? stopCard({ stop: next, total, observation: stopObservation(next.order),
        found: foundDrafts.get(next.order) ?? '', onFound: (text) => foundDrafts.set(next.order, text),
        onObserve: () => observe(next),
        onOutcome: (outcome, found) => record(next.order, outcome, found).catch(error) }) : null,
      actions.record && !next ? h('p', { 'data-testid': 'patrol-all-done' }, t('patrol.phone.allStops')) : null,
      actions.track ? track : null,
      actions.finish ? h('button', { type: 'button', class: 'form-button', 'data-testid': 'patrol-finish',
        onClick: () => step('finish') }, t('patrol.phone.finish')) : null,
      status,
      stopList(patrol.stops));
    if (actions.track) showTrack();
    showQueue();
  }

  const known = storage.getItem(remembered);
  try {
    if (known) await load(known);
    else render();
  } catch (e) {
    storage.removeItem(remembered);
    render();
    if (e.status !== 404) error(e);
  }
  flush();
  return { flush, patrol: () => patrol };
}
