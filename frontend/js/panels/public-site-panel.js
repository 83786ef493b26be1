// Side panel of one site on the public map: what and where it is, and its closed, decided violations only.
import { getLang, t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formatDate, formatVnd } from '../util/format.js';
import { siteTitle } from '../layers/site-features.js';
import { panelHeader, section } from './parts.js';
import { mountSitePanelWith } from './site-panel.js';
import { siteBadges, siteFacts } from './site-identity.js';
import { auditSection, loadAudit } from './site-audit.js';
import { siteCoordinates } from './site-coordinates.js';

export function publicNotice() {
  return h('p', { class: 'public-notice', role: 'note', 'data-testid': 'public-notice' }, t('public.notice'));
}

function violationTable(violations, lang) {
  if (!violations.length) return h('p', { class: 'muted', 'data-testid': 'published-none' }, t('public.violations.none'));
  return h('table', { class: 'category-table', 'data-testid': 'published-violations' },
    h('thead', null, h('tr', null, ['public.decision', 'public.decidedOn', 'public.issuedBy', 'public.category',
      'public.fine']
      .map((key) => h('th', { scope: 'col' }, t(key))))),
    h('tbody', null, violations.map((v) => h('tr', { 'data-testid': 'published-violation' },
      h('td', null, v.decisionNumber || '—'),
      h('td', { class: 'nowrap' }, formatDate(v.decidedOn, lang)),
      // the title that signed it (the words of the inspection form's list), not the signer's name
      h('td', { 'data-testid': 'published-authority' },
        v.issuingAuthority ? tCode('evidence.authority', v.issuingAuthority) : '—'),
      h('td', null, tCode('violation.category', v.category)),
      h('td', { class: 'num' }, formatVnd(v.fineVnd, getLang()))))));
}

export function renderPublicSite(el, { feature, audit, bus }) {
  const p = feature.properties;
  const violations = p.violations ?? [];
  mount(el,
    panelHeader(siteTitle(p), () => bus.emit('panel:closed')),
    publicNotice(),
    siteBadges(p),
    siteCoordinates(feature),
    siteFacts(p, { bus }),
    section(t('public.violations', { n: violations.length }), violationTable(violations, getLang())),
    auditSection(audit));
  el.dataset.siteId = String(feature.id);
}

/** The public counterpart of mountSitePanel (same events), on data.site(id) from the public endpoints. */
export function mountPublicSitePanel(el, { api, data, bus, audit = false }) {
  mountSitePanelWith(el, {
    bus,
    render: renderPublicSite,
    async load(id, options) {
      const [feature, events] = await Promise.all([data.site(id, options), loadAudit(api, id, options, audit)]);
      return { feature, audit: events };
    },
  });
}
