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
import { maySend, needsSignIn } from './session.js';
import { copyBytes, copyCommunes, followedPatrols, nearCommunes, planSites, provinceWide } from './copy-area.js';
import { registerShell } from './offline-shell.js';
import { renderCopy } from './copy-view.js';
import { createSiteList } from './site-list.js';
import { formatSavedAt, makeSnapshot, mayUseField } from './snapshot.js';
import { distanceMeters } from './geo.js';

const LANG_KEY = 'diemnong.field.lang';
const PICKED_KEY = 'diemnong.field.copy.picked';
// waiting observations are tried again this often: the first try when the connection comes back can fail while the
// phone's network is still coming up, and the officer should not wait long for "sent"
const RETRY_MS = 5_000;
const byId = (id) => document.getElementById(id);
const bus = createBus();
const storage = openStorage();
const offlineFailure = (error) => error?.status === 0;

const page = {
  me: null, statuses: [], sites: [], communes: [], savedAt: null, position: null, locating: false,
  online: navigator.onLine, items: [], screen: 'list', form: null, signedOut: false,
  // the service's answer (all the user may see) and what the copy kept on the phone holds
  full: null, copy: null, copyAt: null, picked: readPicked(),
};

function readPicked() {
  try {
    const picked = JSON.parse(localStorage.getItem(PICKED_KEY) ?? '[]');
    return Array.isArray(picked) ? picked.map(String) : [];
  } catch {
    return [];
  }
}

// ---- the outbox: every observation is stored on the phone first, then sent with its Idempotency-Key ----
const queue = createObservationOutbox({
  storage,
  onChange: (items) => {
    const newlySent = items.some((item) => item.state === 'sent' && !page.items.find((old) => old.key === item.key && old.state === 'sent'));
    page.items = items;
    if (needsSignIn(items) && !page.signedOut) sessionEnded();
    drawOutbox();
    if (newlySent && page.online) refreshData().catch(() => {});
  },
});

const flush = () => (maySend({ online: navigator.onLine, signedOut: page.signedOut }) ? queue.flush().catch((error) => console.warn('field: sending failed', error)) : null);

function drawOutbox() {
  renderOutbox(byId('field-outbox'), page.items, { online: page.online, signedOut: page.signedOut, onSend: flush,
    onRetry: (key) => queue.retry(key).then(flush), onDiscard: (key) => queue.discard(key), onSignIn: signInAgain });
}

// the service said the session has ended: the account control offers to sign in (its dialog reloads /field, which
// then sends what waits, each with its own Idempotency-Key)
function sessionEnded() {
  page.signedOut = true;
  if (account) {
    mountAccount(account, { api, bus, me: { ...page.me, authenticated: false } });
    mountTools(account);
  }
}

function signInAgain() {
  account?.querySelector('[data-testid=sign-in]')?.click();
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
  const [sites, communes, planned] = await Promise.all([api.sites({}), api.publicCommunes({ simplify: 0.0002 }),
    provinceWide(page.me) ? patrolSites() : []]);
  page.full = { communes, sites: sites.features, planned };
  const kept = await saveCopy();
  // a province-wide user's list shows every site while online; the copy holds the communes chosen
  useSnapshot(provinceWide(page.me) ? makeSnapshot({ me: page.me, statuses: page.statuses, communes, sites: sites.features,
    now: new Date(kept.savedAt) }) : kept);
}

const here = () => (page.position ? [page.position.lon, page.position.lat] : null);

/** The sites of the patrols this phone follows (/patrol.html) and has still to do; a patrol not found is skipped. */
async function patrolSites() {
  const patrols = await Promise.all(followedPatrols(localStorage).map((id) => api.patrol(id).catch(() => null)));
  return planSites(patrols);
}

/** Keeps the copy of the communes chosen (copy-area.js) on the phone, and says how big it is. */
async function saveCopy() {
  const { communes, sites, planned } = page.full;
  const keep = provinceWide(page.me)
    ? copyCommunes({ me: page.me, communes: communes.features ?? [], position: here(), picked: page.picked }) : null;
  // besides the communes, the stops of the patrols the officer follows on this phone, wherever they are
  const snapshot = makeSnapshot({ me: page.me, statuses: page.statuses, communes, sites, now: new Date(), keep,
    keepSites: planned ?? [] });
  await storage.snapshot.put(snapshot);
  page.copyAt = here();
  describeCopy(snapshot);
  return snapshot;
}

function describeCopy(snapshot) {
  page.copy = { communes: snapshot.communes.length, sites: snapshot.sites.length, bytes: copyBytes(snapshot) };
  drawCopy();
}

let copyEl = null;
function drawCopy() {
  if (!copyEl) {
    copyEl = h('section', { class: 'field-copy', 'data-testid': 'field-copy', hidden: true });
    byId('field-status').after(copyEl);
  }
  const wide = provinceWide(page.me);
  const communes = wide ? (page.full?.communes?.features ?? []) : [];
  renderCopy(copyEl, { copy: page.copy, provinceWide: wide && Boolean(page.full), communes,
    near: wide ? nearCommunes(communes, here()) : [], picked: page.picked,
    onToggle: (code, kept) => {
      page.picked = kept ? [...new Set([...page.picked, code])] : page.picked.filter((each) => each !== code);
      localStorage.setItem(PICKED_KEY, JSON.stringify(page.picked));
      if (page.full) saveCopy().catch((error) => bus.emit('error', error));
    } });
}

function useSnapshot(snapshot) {
  Object.assign(page, { sites: snapshot.sites, communes: snapshot.communes, savedAt: snapshot.savedAt });
  drawStatus();
  list?.update({ sites: page.sites, communes: page.communes });
}

/** Whether the copy was made far enough from here (or nowhere) to make it again. */
const movedFar = (from, to) => !from || distanceMeters(from, to) > 500;

async function locate() {
  page.locating = true;
  list?.update({ locating: true });
  const position = await currentPosition();
  // a position that could not be had keeps the last one
  page.position = position ?? page.position;
  page.locating = false;
  list?.update({ position: page.position, locating: false });
  page.form?.showPosition();
  // a province-wide user's copy follows the phone: the communes around it now
  if (position && page.full && provinceWide(page.me) && movedFar(page.copyAt, here())) {
    saveCopy().catch((error) => console.warn('field: the copy was not saved', error));
  }
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
  drawCopy();
  if (page.screen === 'list') list?.update();
}

async function loadMessages() {
  const [vi, en] = await Promise.all([api.messages('vi'), api.messages('en')]);
  setMessages('vi', vi);
  setMessages('en', en);
  applyLanguage(localStorage.getItem(LANG_KEY) || 'vi');
}

async function start() {
  registerShell('/field-sw.js', '/field');
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
    // observations kept from before the session ended: say that they wait for the sign-in
    page.items = await queue.list().catch(() => []);
    page.signedOut = true;
    drawOutbox();
    return;
  }
  if (!mayUseField(page.me)) {
    showMessage(t('field.denied'), h('a', { href: '/', class: 'field-button field-button-secondary' }, t('field.toMap')));
    return;
  }
  // the copy of another account is not this user's
  if (kept && kept.me?.username === page.me.username) {
    useSnapshot(kept);
    describeCopy(kept);
  }
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
