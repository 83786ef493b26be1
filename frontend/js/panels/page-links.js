// Links to the service's other pages, as the role allows (access/roles.js pageLinks). They sit after the map in the
// page (a bar at the foot of the screen), so that they add no tab stops before the filters and the list in view.
import { t } from '../i18n.js';
import { h, mount } from '../util/dom.js';

/** @param {{bus: object, links: {href: string, key: string}[]}} options */
export function mountPageLinks(el, { bus, links }) {
  const render = () => {
    el.setAttribute('aria-label', t('pages.label'));
    el.hidden = !links.length;
    mount(el, h('ul', null, links.map(({ href, key }) => h('li', null,
      h('a', { href, 'data-testid': `page-link-${key.slice('pages.'.length)}` }, t(key))))));
  };
  bus.on('lang:changed', render);
  render();
}
