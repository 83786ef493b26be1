// The public tip page: wiring only. ?code=… opens a tip's status, otherwise the form; ?lang=en switches language.
import * as api from '../api.js';
import { createBus } from '../bus.js';
import { applyLanguage, getLang, setMessages, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { mountTipForm } from './form.js';
import { mountTipStatus } from './status.js';
import { formatReference } from './tip-logic.js';

const byId = (id) => document.getElementById(id);

function go(params) {
  const query = new URLSearchParams(params);
  if (getLang() !== 'vi') query.set('lang', getLang());
  window.history.pushState(null, '', `${window.location.pathname}${query.size ? `?${query}` : ''}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

function header(el) {
  const switchTo = (lang) => {
    const query = new URLSearchParams(window.location.search);
    if (lang === 'vi') query.delete('lang'); else query.set('lang', lang);
    window.location.search = query.toString();
  };
  mount(el,
    h('a', { class: 'tip-brand', href: '/' }, h('span', { class: 'tip-title' }, t('tip.page.title')),
      h('span', { class: 'tip-subtitle' }, 'Điểm Nóng')),
    h('div', { class: 'lang-switch', role: 'group', 'aria-label': t('app.language') },
      ['vi', 'en'].map((lang) => h('button', { type: 'button', class: 'lang-button', 'data-testid': `lang-${lang}`,
        'aria-pressed': String(lang === getLang()), onClick: () => lang !== getLang() && switchTo(lang) },
      lang.toUpperCase()))));
  document.title = `${t('tip.page.title')} · Điểm Nóng`;
}

async function start() {
  const [config, vi, en] = await Promise.all([api.config(), api.messages('vi'), api.messages('en')]);
  // a browser with a session needs its XSRF-TOKEN cookie for the writes; anonymous ones get none and need none
  await api.me().catch(() => null);
  setMessages('vi', vi);
  setMessages('en', en);
  applyLanguage(new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'vi');
  const bus = createBus();
  header(byId('tip-header'));
  const main = byId('tip-main');
  const show = () => {
    const typed = new URLSearchParams(window.location.search).get('code');
    const view = h('div', { class: 'tip-view' });
    mount(main, view);
    if (typed !== null) {
      mountTipStatus(view, { api, reference: formatReference(typed) ?? typed, onNew: () => go({}),
        onLookup: (code) => go({ code }) });
    } else {
      mountTipForm(view, { api, config, bus, onFollow: (code) => go({ code: code || '' }) });
    }
    window.scrollTo(0, 0);
  };
  window.addEventListener('popstate', show);
  show();
  document.body.dataset.ready = 'true';
}

start().catch((error) => {
  console.error(error);
  mount(byId('tip-main'), h('p', { class: 'tip-error', role: 'alert' }, t('tip.problem.failed')));
});
