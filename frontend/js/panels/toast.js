// Errors from the API as a small toast with the problem's detail; confirmations ('notice') the same way.
import { getLang, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';

const SHOW_MS = 8000;

function message(error) {
  if (error?.status === 0) return `${t('error.network')} (${error.detail})`;
  const detail = error?.detail || error?.message || String(error);
  // the detail is already in the request language; add field messages it does not contain yet
  const extra = (error?.errors || [])
    .map((e) => (getLang() === 'en' ? e.messageEn : e.messageVi))
    .filter((text) => text && !detail.includes(text));
  return [detail, ...extra].join(' — ');
}

export function mountToast(el, { bus }) {
  let timer = null;
  const hide = () => {
    el.hidden = true;
    mount(el);
  };
  bus.on('error', (error) => {
    clearTimeout(timer);
    el.classList.remove('toast-notice');
    mount(el,
      h('strong', null, error?.title && error.title !== 'network' ? error.title : t('error.title')),
      h('span', { 'data-testid': 'toast-detail' }, message(error)),
      h('button', { type: 'button', class: 'toast-close', 'aria-label': t('error.dismiss'), onClick: hide }, '×'));
    el.hidden = false;
    timer = setTimeout(hide, SHOW_MS);
  });
  // a short confirmation: bus.emit('notice', text)
  bus.on('notice', (text) => {
    clearTimeout(timer);
    el.classList.add('toast-notice');
    mount(el, h('span', { 'data-testid': 'toast-detail' }, text),
      h('button', { type: 'button', class: 'toast-close', 'aria-label': t('error.dismiss'), onClick: hide }, '×'));
    el.hidden = false;
    timer = setTimeout(hide, SHOW_MS);
  });
}
