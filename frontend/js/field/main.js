// The phone page /field, wiring only: who is signed in, the offline copy, the list, the form, the outbox, the
// service worker. The queue and the copy live in IndexedDB; what is pure is in geo, observation, queue, send, snapshot.
import * as api from '../api.js';
import { mountAccount } from '../access/sign-in.js';
import { createBus } from '../bus.js';
import { applyLanguage, getLang, setMessages, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { openStorage } from './idb.js';
import { openObservationForm } from './observation-form.js';
import { createObservationOutbox } from './observation-outbox.js';
import { renderOutbox } from './outbox.js';
import { currentPosition } from './position.js';
import { createSiteList } from './site-list.js';
import { formatSavedAt, makeSnapshot, mayUseField } from './snapshot.js';

const LANG_KEY = 'diemnong.field.lang';
// waiting observations are tried again this often: the first try when the connection comes back can fail while the
// phone's network is still coming up, and the officer should not wait long for "sent"
const RETRY_MS = 5_000;
const byId = (id) => document.getElementById(id);
const bus = createBus();
const storage = openStorage();
const offlineFailure = (error) => error?.status === 0;

const page = {
  me: null, statuses: [], sites: [], communes: [], savedAt: null, position: null, locating: false,
  online: navigator.onLine, items: [], screen: 'list', form: null,
};

// ---- the outbox: every observation is stored on the phone first, then sent with its Idempotency-Key ----
const queue = createObservationOutbox({
  storage,
  onChange: (items) => {
    const newlySent = items.some((item) => item.state === 'sent' && !page.items.find((old) => old.key === item.key && old.state === 'sent'));
    page.items = items;
    drawOutbox();
    if (newlySent && page.online) refreshData().catch(() => {});
  },
});

const flush = () => (navigator.onLine ? queue.flush().catch((error) => console.warn('field: sending failed', error)) : null);

function drawOutbox() {
  renderOutbox(byId('field-outbox'), page.items, { online: page.online, onSend: flush,
    onRetry: (key) => queue.retry(key).then(flush), onDiscard: (key) => queue.discard(key) });
}

function drawStatus() {
  mount(byId('field-status'),
    h('span', { class: `field-chip ${page.online ? 'field-chip-online' : 'field-chip-offline'}`, 'data-testid': 'field-online',
      'data-online': String(page.online) }, t(page.online ? 'field.online' : 'field.offline')),
    h('span', { class: 'field-as-of', 'data-testid': 'field-as-of' },
      page.savedAt ? t('field.asOf', { time: formatSavedAt(page.savedAt, getLang()) }) : t('field.noCopy')));
}

// ---- the data: from the service when there is a connection (and kept), else the copy kept on the phone ----
async function refreshData() {
  const [sites, communes] = await Promise.all([api.sites({}), api.publicCommunes({ simplify: 0.0002 })]);
  const snapshot = makeSnapshot({ me: page.me, statuses: page.statuses, communes, sites: sites.features, now: new Date() });
  await storage.snapshot.put(snapshot);
  useSnapshot(snapshot);
}

function useSnapshot(snapshot) {
  Object.assign(page, { sites: snapshot.sites, communes: snapshot.communes, savedAt: snapshot.savedAt });
  drawStatus();
  list?.update({ sites: page.sites, communes: page.communes });
}

async function locate() {
  page.locating = true;
  list?.update({ locating: true });
  const position = await currentPosition();
  // a position that could not be had keeps the last one
  page.position = position ?? page.position;
  page.locating = false;
  list?.update({ position: page.position, locating: false });
  page.form?.showPosition();
}

// ---- the screens ----
let list = null;

function showList() {
  page.screen = 'list';
  page.form = null;
  const main = byId('field-main');
  list = createSiteList(main, { onLocate: locate, onPick: showForm });
  list.update({ sites: page.sites, communes: page.communes, position: page.position, locating: page.locating });
  main.dataset.screen = 'list';
}

function showForm(site) {
  page.screen = 'form';
  const main = byId('field-main');
  list = null;
  page.form = openObservationForm(main, { site, statuses: page.statuses, position: () => page.position, onLocate: locate,
    onBack: showList,
    onSave: async (draft) => {
      await queue.add(draft);
      showList();
      window.scrollTo(0, 0);
      bus.emit('notice', t('field.form.saved'));
      flush();
    } });
  main.dataset.screen = 'form';
  window.scrollTo(0, 0);
  // a fresh position for what is recorded now
  locate();
}

function showMessage(text, ...extra) {
  mount(byId('field-main'), h('div', { class: 'field-message', 'data-testid': 'field-denied' }, h('p', null, text), ...extra));
}

function mountTools(account) {
  const other = getLang() === 'vi' ? 'en' : 'vi';
  mount(byId('field-tools'),
    h('button', { type: 'button', class: 'field-button field-lang', 'data-testid': 'field-lang', lang: other,
      onClick: () => switchLanguage(other) }, t('field.otherLanguage')),
    account);
}

let account = null;
function switchLanguage(lang) {
  applyLanguage(lang);
  localStorage.setItem(LANG_KEY, lang);
  mountTools(account);
  bus.emit('lang:changed', lang);
  drawStatus();
  drawOutbox();
  if (page.screen === 'list') list?.update();
}

async function loadMessages() {
  const [vi, en] = await Promise.all([api.messages('vi'), api.messages('en')]);
  setMessages('vi', vi);
  setMessages('en', en);
  applyLanguage(localStorage.getItem(LANG_KEY) || 'vi');
}

async function start() {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/field-sw.js', { scope: '/field' }).catch((error) => console.warn('field: no service worker', error));
  }
  // queued photos must survive the browser's clean-up of storage under pressure (best effort: the browser decides)
  navigator.storage?.persist?.().catch(() => {});
  await loadMessages();
  const kept = await storage.snapshot.get('current').catch(() => null);
  let online = true;
  try {
    const [me, config] = await Promise.all([api.me(), api.config()]);
    page.me = me;
    page.statuses = config.statuses;
  } catch (error) {
    if (!offlineFailure(error) || !kept) throw error;
    // no connection: the page works from the copy of the last visit, as the same person
    online = false;
    page.me = kept.me;
    page.statuses = kept.statuses;
  }
  account = h('div', { class: 'account field-account' });
  mountAccount(account, { api, bus, me: page.me });
  mountTools(account);
  drawStatus();
  if (!page.me.authenticated) {
    showMessage(t('field.signInFirst'));
    return;
  }
  if (!mayUseField(page.me)) {
    showMessage(t('field.denied'), h('a', { href: '/', class: 'field-button field-button-secondary' }, t('field.toMap')));
    return;
  }
  // the copy of another account is not this user's
  if (kept && kept.me?.username === page.me.username) useSnapshot(kept);
  showList();
  locate();
  page.items = await queue.list();
  drawOutbox();
  if (online) {
    try {
      await refreshData();
    } catch (error) {
      if (!offlineFailure(error)) throw error;
    }
    flush();
  }
}

window.addEventListener('online', () => { page.online = true; drawStatus(); drawOutbox(); flush(); });
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') flush(); });
window.addEventListener('offline', () => { page.online = false; drawStatus(); drawOutbox(); });
setInterval(() => { if (page.items.some((item) => item.state === 'waiting')) flush(); }, RETRY_MS);
bus.on('notice', (text) => {
  const toast = h('p', { class: 'field-toast', role: 'status', 'data-testid': 'field-toast' }, text);
  document.body.append(toast);
  setTimeout(() => toast.remove(), 4000);
});
bus.on('error', (error) => bus.emit('notice', error?.detail || error?.message || String(error)));

start().then(() => { document.body.dataset.ready = 'true'; }, (error) => {
  console.error(error);
  showMessage(error?.status === 0 ? t('field.noConnection') : (error?.detail || error?.message || String(error)));
  document.body.dataset.ready = 'error';
});
