// Side panel of one site: identity, location precision, risk with its reasons, members and the full dated history.
import { t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { failed, loading, panelHeader, section } from './parts.js';
import { historyTotals, memberList, precisionNote, siteBadges, siteFacts } from './site-identity.js';
import { historyView } from './history-view.js';
import { riskSection } from './site-risk.js';
import { siteCoordinates } from './site-coordinates.js';
import { auditSection, loadAudit } from './site-audit.js';
import { printButton, printedCoordinates } from '../export/print.js';
import { commitmentSection } from '../commitment/commitment-section.js';

const FLASH_MS = 2000;

/** Scrolls to a history entry ("violation-983") and marks it for a moment; entries not shown are left alone. */
function locate(el, record) {
  const entry = el.querySelector(`[data-record="${record}"]`);
  if (!entry) return;
  // an entry folded away (a member's registration) is opened first
  const fold = entry.closest('details');
  if (fold) fold.open = true;
  entry.scrollIntoView({ block: 'center', behavior: 'smooth' });
  entry.classList.add('flash');
  setTimeout(() => entry.classList.remove('flash'), FLASH_MS);
}

export function renderSite(el, { feature, history, risk, audit, bus, actions }) {
  const p = feature.properties;
  mount(el,
    panelHeader(p.name, () => bus.emit('panel:closed')),
    printButton(bus, { feature }),
    printedCoordinates(feature),
    siteBadges(p),
    actions?.(feature),
    siteCoordinates(feature) ?? precisionNote(p),
    siteFacts(p, { bus }),
    riskSection(risk, { locate: (record) => locate(el, record),
      openSite: (id) => bus.emit('site:selected', { id, reveal: true }) }),
    memberList(p, { bus }),
    commitmentSection(feature, { bus }),
    section(t('site.history'),
      history.includesMembers ? h('p', { class: 'muted small' }, t('site.history.includesMembers')) : null,
      historyTotals(history),
      historyView(history)),
    auditSection(audit));
  el.dataset.siteId = String(feature.id);
}

/**
 * The site panel's life, whatever it shows: opens on 'site:selected' (the previous load is aborted), closes on
 * 'commune:selected', 'cell:selected' and 'panel:closed', and reloads when the language changes.
 * @param {{bus: object, load: (id: number, options: object) => Promise<object>, render: Function}} parts
 *   load: everything render needs, as one object with at least {feature}
 */
export function mountSitePanelWith(el, { bus, load, render: draw }) {
  let current = null;
  let controller = null;

  async function open({ id, reveal = false }) {
    controller?.abort();
    controller = new AbortController();
    current = { id, reveal };
    el.hidden = false;
    el.dataset.siteId = String(id);
    mount(el, panelHeader(t('panel.loading'), () => bus.emit('panel:closed')), loading());
    try {
      const loaded = await load(id, { signal: controller.signal });
      draw(el, { ...loaded, bus });
      el.parentElement?.scrollTo(0, 0);
      bus.emit('site:shown', { feature: loaded.feature, reveal });
    } catch (error) {
      if (error.name === 'AbortError') return;
      mount(el, panelHeader(String(id), () => bus.emit('panel:closed')), failed(error));
      bus.emit('error', error);
    }
  }

  function close() {
    controller?.abort();
    current = null;
    el.hidden = true;
    mount(el);
  }

  bus.on('site:selected', open);
  bus.on('commune:selected', close);
  bus.on('cell:selected', close);
  bus.on('panel:closed', close);
  bus.on('lang:changed', () => current && open({ id: current.id }));
}

/** Everything the internal panel shows of a site; audit: whether to load who changed it. */
export async function loadSite(api, id, { audit = false, ...options } = {}) {
  // a risk that cannot be computed is shown as such; the rest of the panel still opens
  const [feature, history, risk, events] = await Promise.all([api.site(id, options), api.siteHistory(id, options),
    api.siteRisk(id, options).catch((error) => (error.name === 'AbortError' ? Promise.reject(error) : { error })),
    loadAudit(api, id, options, audit)]);
  return { feature, history, risk, audit: events };
}

/**
 * The internal site panel: identity, risk, members, the full history and, for those who may read it, who changed it.
 * @param {{api: object, bus: object, audit?: boolean, actions?: (feature: object) => Node|null}} options
 *   audit: show who changed the site; actions: the buttons of what the user may record (forms/record-actions.js)
 */
export function mountSitePanel(el, { api, bus, audit = false, actions }) {
  mountSitePanelWith(el, {
    bus,
    render: (target, loaded) => renderSite(target, { ...loaded, actions }),
    load: (id, options) => loadSite(api, id, { ...options, audit }),
  });
}
