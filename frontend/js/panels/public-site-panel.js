// Side panel of one site on the public map: what and where it is, and its closed, decided violations only.
import { getLang, t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formatDate, formatVnd } from '../util/format.js';
import { siteTitle } from '../layers/site-features.js';
import { failed, loading, panelHeader, section } from './parts.js';
import { siteBadges, siteFacts } from './site-identity.js';
import { auditSection, loadAudit } from './site-audit.js';

export function publicNotice() {
  return h('p', { class: 'public-notice', role: 'note', 'data-testid': 'public-notice' }, t('public.notice'));
}

function violationTable(violations, lang) {
  if (!violations.length) return h('p', { class: 'muted', 'data-testid': 'published-none' }, t('public.violations.none'));
  return h('table', { class: 'category-table', 'data-testid': 'published-violations' },
    h('thead', null, h('tr', null, ['public.decision', 'public.decidedOn', 'public.category', 'public.fine']
      .map((key) => h('th', { scope: 'col' }, t(key))))),
    h('tbody', null, violations.map((v) => h('tr', { 'data-testid': 'published-violation' },
      h('td', null, v.decisionNumber || '—'),
      h('td', { class: 'nowrap' }, formatDate(v.decidedOn, lang)),
      h('td', null, tCode('violation.category', v.category)),
      h('td', { class: 'num' }, formatVnd(v.fineVnd))))));
}

function render(el, { feature, audit, bus }) {
  const p = feature.properties;
  // the service puts the violations next to the properties; accept them inside as well
  const violations = p.violations ?? feature.violations ?? [];
  mount(el,
    panelHeader(siteTitle(p), () => bus.emit('panel:closed')),
    publicNotice(),
    siteBadges(p),
    siteFacts(p, { bus }),
    section(t('public.violations', { n: violations.length }), violationTable(violations, getLang())),
    auditSection(audit));
  el.dataset.siteId = String(feature.id);
}

/** The public counterpart of mountSitePanel (same events), on data.site(id) from the public endpoints. */
export function mountPublicSitePanel(el, { api, data, bus, audit = false }) {
  let current = null;
  let controller = null;

  async function open({ id, reveal = false }) {
    controller?.abort();
    controller = new AbortController();
    current = { id };
    el.hidden = false;
    el.dataset.siteId = String(id);
    mount(el, panelHeader(t('panel.loading'), () => bus.emit('panel:closed')), loading());
    const options = { signal: controller.signal };
    try {
      const [feature, events] = await Promise.all([data.site(id, options), loadAudit(api, id, options, audit)]);
      render(el, { feature, audit: events, bus });
      el.parentElement?.scrollTo(0, 0);
      bus.emit('site:shown', { feature, reveal });
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
  bus.on('panel:closed', close);
  bus.on('lang:changed', () => current && open({ id: current.id }));
}
