// An anonymous person who opens an internal link (a layer, a colouring, a cell or a site the public map does not
// have) is told that signing in shows more, instead of the page quietly showing something else.
import { t } from '../i18n.js';
import { h, mount } from '../util/dom.js';

const REFUSED = [401, 403, 404];

/** What of a link the public map cannot show: 'layer', 'risk', 'cell' ('site' is known once its request fails). */
export function internalParts(state, layers, access) {
  return [
    state.layer !== layers.layer && 'layer',
    state.sites !== layers.sites && 'risk',
    state.hex && !access.hotspots && 'cell',
  ].filter(Boolean);
}

/**
 * @param {HTMLElement} el the notice's place on the map
 * @param {{bus: object, state: object, layers: object, access: object, me: object}} options
 */
export function mountInternalLinkNotice(el, { bus, state, layers, access, me }) {
  if (me?.authenticated) return;
  const parts = internalParts(state, layers, access);
  let dismissed = false;
  const render = () => {
    if (dismissed || !parts.length) {
      el.hidden = true;
      mount(el);
      return;
    }
    el.hidden = false;
    mount(el,
      h('p', { class: 'internal-notice-text' }, h('strong', null, t('layout.internal.title')), ' ',
        parts.map((part) => t(`layout.internal.${part}`)).join(' ')),
      h('div', { class: 'internal-notice-actions' },
        h('button', { type: 'button', class: 'account-button', 'data-testid': 'internal-link-sign-in',
          onClick: () => document.querySelector('[data-testid=sign-in]')?.click() }, t('auth.signIn')),
        h('button', { type: 'button', class: 'close', 'data-testid': 'internal-link-dismiss', 'aria-label': t('layout.internal.dismiss'),
          title: t('layout.internal.dismiss'), onClick: () => {
            dismissed = true;
            render();
          } }, '×')));
  };
  // a site of the link that the public map does not have
  let waiting = Boolean(state.site);
  bus.on('site:shown', () => {
    waiting = false;
  });
  bus.on('error', (error) => {
    if (!waiting || !REFUSED.includes(error?.status)) return;
    waiting = false;
    parts.push('site');
    bus.emit('panel:closed');
    render();
  });
  bus.on('lang:changed', render);
  render();
}
