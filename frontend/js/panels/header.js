// Header: title, the synthetic-data banner, the public-map banner, the account control, the VI/EN switch.
import { applyLanguage, getLang, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';

const LANGS = ['vi', 'en'];

function render(el, { bus, config, account = null, publicMap = false }) {
  const switcher = h('div', { class: 'lang-switch', role: 'group', 'aria-label': t('app.language') },
    LANGS.map((lang) => h('button', {
      type: 'button',
      class: 'lang-button',
      'data-testid': `lang-${lang}`,
      'aria-pressed': String(lang === getLang()),
      onClick: () => {
        if (lang === getLang()) return;
        applyLanguage(lang);
        bus.emit('lang:changed', lang);
      },
    }, lang.toUpperCase())));
  mount(el,
    h('div', { class: 'brand' },
      h('h1', { 'data-testid': 'app-title' }, t('app.title', { province: config.province.name })),
      h('p', { class: 'subtitle' }, t('app.subtitle'))),
    config.syntheticHistory
      ? h('p', { class: 'badge badge-synthetic banner', role: 'note', 'data-testid': 'synthetic-banner' }, t('app.synthetic'))
      : null,
    publicMap ? h('p', { class: 'badge badge-public banner', role: 'note', 'data-testid': 'public-banner' }, t('public.banner')) : null,
    account,
    switcher);
  document.title = t('app.title', { province: config.province.name });
}

/** @param {{bus: object, config: object, account?: Node, publicMap?: boolean}} options account: kept across renders */
export function mountHeader(el, options) {
  options.bus.on('lang:changed', () => render(el, options));
  render(el, options);
}
