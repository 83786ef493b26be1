// What is already known near the chosen point: open tips (to add to one instead of filing a duplicate) and sites.
import { getLang, t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formatDate } from '../util/format.js';

const findingsText = (codes) => codes.map((code) => tCode('tip.finding', code)).join(', ');

function choice({ pressed, label, testid, onToggle }) {
  return h('button', { type: 'button', class: 'tip-choice', 'aria-pressed': String(pressed), 'data-testid': testid,
    onClick: onToggle }, pressed ? t('tip.nearby.chosen') : label);
}

/**
 * @param {HTMLElement} el
 * @param {{tips: object[], sites: object[]}} nearby  the public nearby answer
 * @param {{chosen: {sameAs: string|null, siteId: number|null}, onChoose: Function}} options
 */
export function renderNearby(el, nearby, { chosen, onChoose }) {
  el.hidden = false;
  if (!nearby.tips.length && !nearby.sites.length) {
    mount(el, h('p', { class: 'tip-note', 'data-testid': 'tip-nearby-none' }, t('tip.nearby.none')));
    return;
  }
  const tips = nearby.tips.map((tip) => h('li', { class: 'tip-nearby-item', 'data-testid': 'tip-nearby-tip' },
    h('p', null, t('tip.nearby.tip', { date: formatDate(tip.seenOn, getLang()), distance: tip.distance })),
    h('p', { class: 'tip-note' }, findingsText(tip.findings)),
    choice({ pressed: chosen.sameAs === tip.handle, label: t('tip.nearby.addTo'), testid: 'tip-same-as',
      onToggle: () => onChoose({ sameAs: chosen.sameAs === tip.handle ? null : tip.handle, siteId: chosen.siteId }) })));
  const sites = nearby.sites.map((site) => h('li', { class: 'tip-nearby-item', 'data-testid': 'tip-nearby-site' },
    h('p', null, t('tip.nearby.site', { name: site.name || tCode('site.kind', site.kind), distance: site.distance })),
    h('p', { class: 'tip-note' }, tCode('site.status', site.status)),
    choice({ pressed: chosen.siteId === site.id, label: t('tip.nearby.about'), testid: 'tip-about-site',
      onToggle: () => onChoose({ sameAs: chosen.sameAs, siteId: chosen.siteId === site.id ? null : site.id }) })));
  mount(el,
    h('h3', null, t('tip.nearby.title')),
    h('p', { class: 'tip-note' }, t('tip.nearby.explain')),
    tips.length ? h('ul', { class: 'tip-nearby-list' }, tips) : null,
    sites.length ? h('ul', { class: 'tip-nearby-list' }, sites) : null);
}
