// The page's layout and keyboard route, mounted once the map and its layers are there.
import { h } from '../util/dom.js';
import { mountPhoneLayout } from './phone.js';
import { mountInView } from './in-view.js';
import { mountPanelFocus } from './panel-focus.js';
import { mountInternalLinkNotice } from './internal-link.js';

/**
 * @param {{map: object, bus: object, communes: object, state: object, layers: object, access: object, me: object,
 *          period: {from: string, to: string}}} options communes: the communes' Leaflet layer; period: the default one
 */
export function mountLayout({ map, bus, communes, state, layers, access, me, period }) {
  const mapEl = map.getContainer();
  // before the map: after the filters, the list of what is in view is the next stop when tabbing
  const inView = h('div', { class: 'map-tools', 'data-testid': 'map-tools' });
  mapEl.before(inView);
  mountInView(inView, { map, bus, communes, sitesHidden: layers.sites === 'none' });
  const notice = h('div', { class: 'internal-notice', role: 'status', 'data-testid': 'internal-link-notice', hidden: true });
  mapEl.after(notice);
  mountInternalLinkNotice(notice, { bus, state, layers, access, me });
  mountPanelFocus({ bus, side: document.getElementById('side') });
  mountPhoneLayout({ map, bus, period });
  // the map's shapes are no tab stops (Chromium makes an SVG shape with focus listeners, as tooltips add, one):
  // the list in view is the keyboard's way to them
  const untab = (layer) => layer.getElement?.()?.setAttribute('tabindex', '-1');
  map.eachLayer(untab);
  map.on('layeradd', ({ layer }) => untab(layer));
}
