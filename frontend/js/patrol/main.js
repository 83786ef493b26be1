// The patrol page on a phone: ?plan=ID followed stop by stop; below it, coverage and this month's effort.
import * as api from '../api.js';
import { applyLanguage, setMessages, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { createObservationOutbox } from '../field/observation-outbox.js';
import { renderOutbox } from '../field/outbox.js';
import { keepForOffline, registerShell } from '../field/offline-shell.js';
import { urls } from '../urls.js';
import { idbStore } from './idb-store.js';
import { mountPatrolPhone } from './patrol-phone.js';
import { mountCoverage, mountEffort } from './reports.js';

const byId = (id) => document.getElementById(id);

async function start() {
  // installable and opened again without a connection: the shell and the answers below (patrol/sw.js)
  registerShell('/patrol-sw.js', '/patrol');
  const [me, config, vi, en] = await Promise.all([api.me(), api.config(), api.messages('vi'), api.messages('en')]);
  keepForOffline([urls.me(), urls.config(), urls.messages('vi'), urls.messages('en')]);
  setMessages('vi', vi);
  setMessages('en', en);
  const params = new URLSearchParams(window.location.search);
  applyLanguage(params.get('lang') === 'en' ? 'en' : 'vi');
  const can = new Set(me?.can ?? []);
  if (!can.has('data')) {
    mount(byId('patrol'), h('p', null, t('patrol.phone.signIn'), ' ', h('a', { href: '/' }, t('patrol.phone.home'))));
    return;
  }
  const planId = params.get('plan');
  if (planId && can.has('recordPatrols')) {
    // the observations made at the stops wait in the same outbox as those of the field page /field
    const listeners = [];
    const observations = createObservationOutbox({ onChange: (items) => listeners.forEach((listener) => listener(items)) });
    const drawObservations = (items) => renderOutbox(byId('patrol-observations'), items, { online: navigator.onLine,
      onSend: () => patrol.flush(), onRetry: (key) => observations.retry(key).then(() => patrol.flush()),
      onDiscard: (key) => observations.discard(key) });
    listeners.push(drawObservations);
    // the patrol, as last loaded, kept for a reload without a connection
    const kept = { ...api, patrol: (id) => api.patrol(id).then((answer) => {
      keepForOffline([urls.patrol(id)]);
      return answer;
    }) };
    const patrol = await mountPatrolPhone(byId('patrol'), { api: kept, planId, store: await idbStore(), observations,
      statuses: can.has('recordStatus') ? config.statuses : [], onObservations: (listener) => listeners.push(listener) });
    drawObservations(await observations.list());
  } else {
    mount(byId('patrol'), h('p', null, t(planId ? 'patrol.phone.readOnly' : 'patrol.phone.noPlan')));
  }
  const month = new Date().toISOString().slice(0, 7);
  keepForOffline([urls.patrolCoverage({}), urls.patrolEffort({ month })]);
  // without a connection and no copy of them, the reports stay empty and the plan stays shown
  await Promise.all([mountCoverage(byId('patrol-coverage'), { api }), mountEffort(byId('patrol-effort'), { api, month })]
    .map((report) => report.catch((error) => console.warn('patrol: a report is not shown', error))));
}

start().catch((error) => mount(byId('patrol'), h('p', { class: 'form-error', role: 'alert' }, error.message)));
