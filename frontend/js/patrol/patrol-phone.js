// A plan followed on the phone, stop by stop: the patrol is created and started, the next stop shown with a link to
// navigate there, its outcome recorded, the track recorded while in progress; what was recorded waits in the outbox
// (IndexedDB) until the service has it, exactly once.
import { send } from '../api.js';
import { t } from '../i18n.js';
import { urls } from '../urls.js';
import { h, mount } from '../util/dom.js';
import { createOutbox } from './outbox.js';
import { stopCard, stopList } from './stop-card.js';
import { actionsFor, nextStop, progress, withOutcome } from './stops.js';
import { createTrackRecorder } from './track-recorder.js';

/** What an outbox item becomes: its request to the service. */
function sender(item) {
  if (item.kind === 'outcome') return send(urls.patrolOutcome(item.patrolId, item.order), { json: item.body });
  return send(urls.patrolTrack(item.patrolId), { json: item.body, headers: { 'Idempotency-Key': item.id } });
}

/**
 * @param {HTMLElement} el
 * @param {{api: object, planId: string, store: object, storage?: Storage, geolocation?: Geolocation}} options
 *   storage remembers which patrol follows the plan on this phone
 */
export async function mountPatrolPhone(el, { api, planId, store, storage = localStorage, geolocation }) {
  const remembered = `diemnong.patrol.plan.${planId}`;
  const outbox = createOutbox({ store, send: sender });
  const status = h('p', { class: 'patrol-queue', 'data-testid': 'patrol-queue', 'aria-live': 'polite' });
  let patrol = null;
  let recorder = null;

  const error = (e) => mount(status, h('span', { class: 'form-error', role: 'alert' }, e.detail ?? e.message));
  async function showQueue() {
    const { queued, failed } = await outbox.counts();
    mount(status, queued ? t('patrol.phone.queued', { n: queued }) : t('patrol.phone.allSent'),
      failed ? [' ', t('patrol.phone.failed', { n: failed })] : null);
  }
  const flush = () => outbox.flush().then(showQueue, showQueue);
  globalThis.addEventListener?.('online', flush);

  async function load(id) {
    patrol = await api.patrol(id);
    storage.setItem(remembered, String(patrol.id));
    const actions = actionsFor(patrol.status);
    if (actions.track && !recorder) {
      recorder = createTrackRecorder({ patrolId: patrol.id, outbox, geolocation, onChange: showQueue });
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
    await outbox.enqueue({ id: `outcome-${patrol.id}-${order}`, kind: 'outcome', patrolId: patrol.id, order, body });
    patrol = withOutcome(patrol, order, { outcome, found: body.found, recordedAt: body.recordedAt });
    render();
    await flush();
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
      actions.record && next ? stopCard({ stop: next, total,
        onOutcome: (outcome, found) => record(next.order, outcome, found).catch(error) }) : null,
      actions.record && !next ? h('p', { 'data-testid': 'patrol-all-done' }, t('patrol.phone.allStops')) : null,
      actions.track ? h('p', { class: 'patrol-track' }, t('patrol.phone.tracking')) : null,
      actions.finish ? h('button', { type: 'button', class: 'form-button', 'data-testid': 'patrol-finish',
        onClick: () => step('finish') }, t('patrol.phone.finish')) : null,
      status,
      stopList(patrol.stops));
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
