// The patrol page on a phone: ?plan=ID followed stop by stop; below it, coverage and this month's effort.
import * as api from '../api.js';
import { applyLanguage, setMessages, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { createObservationOutbox } from '../field/observation-outbox.js';
import { renderOutbox } from '../field/outbox.js';
import { idbStore } from './idb-store.js';
import { mountPatrolPhone } from './patrol-phone.js';
import { mountCoverage, mountEffort } from './reports.js';

const byId = (id) => document.getElementById(id);

async function start() {
  const [me, config, vi, en] = await Promise.all([api.me(), api.config(), api.messages('vi'), api.messages('en')]);
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
    const patrol = await mountPatrolPhone(byId('patrol'), { api, planId, store: await idbStore(), observations,
      statuses: can.has('recordStatus') ? config.statuses : [], onObservations: (listener) => listeners.push(listener) });
    drawObservations(await observations.list());
  } else {
    mount(byId('patrol'), h('p', null, t(planId ? 'patrol.phone.readOnly' : 'patrol.phone.noPlan')));
  }
  const month = new Date().toISOString().slice(0, 7);
  await Promise.all([mountCoverage(byId('patrol-coverage'), { api }), mountEffort(byId('patrol-effort'), { api, month })]);
}

start().catch((error) => mount(byId('patrol'), h('p', { class: 'form-error', role: 'alert' }, error.message)));
