// A site's risk score (0–100) as a bar, and each reason with its points and the record behind it.
import { getLang, t, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatDate, formatFactor, formatNumber } from '../util/format.js';
import { riskColor } from '../map/hotspot-style.js';
import { definitionList, failed, section } from './parts.js';

const REASONS_SHOWN = 10;
// the history entry a record is shown as, where it has one
const HISTORY_TYPES = { violation: 'violation', inspection: 'inspection', status_event: 'status', observation: 'observation' };
const GAPS = { never: 'risk.gap.never', last: 'risk.gap.last', member: 'risk.gap.member' };

/** What the facts of a reason say, by its code (facts come in the order the API documents). */
function describe({ code, facts = [], date }, lang) {
  const [a, b, c] = facts;
  switch (code) {
    case 'violation': return t('risk.violation', { category: tCode('violation.category', a), severity: b, days: formatNumber(c, lang) });
    case 'exceedance': return t('risk.exceedance', { parameter: a, factor: formatFactor(b, lang) });
    case 'overdue': return t('risk.overdue', { date: formatDate(date, lang) });
    case 'reactivated-status': return t('risk.reactivatedStatus');
    case 'reactivation': return t('risk.reactivation', { date: formatDate(date, lang) });
    case 'observation-restart': return t('observation.risk.restart', { date: formatDate(date, lang) });
    case 'observation-stockpile': return t('observation.risk.stockpile', { date: formatDate(date, lang) });
    case 'inspection-gap': return t(GAPS[b] || 'risk.gap.last', { days: formatNumber(a, lang), date: formatDate(date, lang) });
    case 'trade': return t('risk.trade', { trade: tCode('site.trade', a) });
    case 'member': return t('risk.member', { name: a, score: formatNumber(b, lang, 1),
      reasons: (c || []).map((r) => `${tCode('risk.code', r.code)} ${formatNumber(r.points, lang, 1)}`).join(', ') });
    case 'risky-member': return t('risk.riskyMember', { name: a, score: formatNumber(b, lang, 1), threshold: formatNumber(c, lang) });
    default: return facts.join(', ');
  }
}

function recordLabel(reason, { lang, locate, siteId, openSite }) {
  if (reason.recordType === 'site' && reason.recordId !== siteId && openSite) {
    return h('button', { type: 'button', class: 'link small', 'data-testid': 'risk-record', title: t('risk.record.open'),
      onClick: () => openSite(reason.recordId) }, `${tCode('risk.record', 'site')} #${reason.recordId}`);
  }
  const label = [tCode('risk.record', reason.recordType) + (reason.recordType === 'site' ? '' : ` #${reason.recordId}`),
    reason.date ? formatDate(reason.date, lang) : null].filter(Boolean).join(' · ');
  const type = HISTORY_TYPES[reason.recordType];
  if (!type) return h('span', { class: 'muted small', 'data-testid': 'risk-record' }, label);
  return h('button', { type: 'button', class: 'link small', 'data-testid': 'risk-record', title: t('risk.record.show'),
    onClick: () => locate(`${type}-${reason.recordId}`) }, label);
}

function reasonRow(reason, options) {
  return h('li', { class: 'risk-reason', 'data-testid': 'risk-reason', 'data-code': reason.code },
    h('span', { class: 'risk-points' }, t('risk.points', { n: formatNumber(reason.contribution, options.lang, 1), count: Math.round(reason.contribution * 10) / 10 })),
    h('span', { class: 'risk-what' },
      h('strong', null, tCode('risk.code', reason.code)), ': ', describe(reason, options.lang), h('br'),
      recordLabel(reason, options)));
}

function reasonList(reasons, options) {
  const sorted = [...reasons].sort((a, b) => b.contribution - a.contribution);
  const list = h('ol', { class: 'risk-reasons', 'data-testid': 'risk-reasons' }, sorted.slice(0, REASONS_SHOWN).map((r) => reasonRow(r, options)));
  if (sorted.length <= REASONS_SHOWN) return list;
  const more = h('button', { type: 'button', class: 'more', onClick: () => {
    list.append(...sorted.slice(REASONS_SHOWN).map((r) => reasonRow(r, options)));
    more.remove();
  } }, t('risk.all', { n: sorted.length }));
  return h('div', null, list, more);
}

/**
 * @param {object|{error: Error}} risk the answer of /sites/{id}/risk, or the error it gave
 * @param {{locate: (record: string) => void, openSite?: (id: number) => void}} options locate shows the history
 *   entry "violation-983" etc.; openSite opens a member site a village's reason names
 */
export function riskSection(risk, { locate, openSite }) {
  if (!risk || risk.error) return section(t('risk.title'), failed(risk?.error || new Error('—')));
  const lang = getLang();
  const score = Math.max(0, Math.min(100, risk.score));
  return section(t('risk.title'),
    h('div', { class: 'risk-score', 'data-testid': 'risk-score' },
      h('div', { class: 'risk-bar', role: 'meter', 'aria-label': t('risk.title'),
        'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': score.toFixed(1) },
        h('span', { style: { width: `${score.toFixed(1)}%`, background: riskColor(score) } })),
      h('strong', null, formatNumber(score, lang, 1)), h('span', { class: 'muted' }, ' / 100')),
    risk.scaledBy < 1
      ? h('p', { class: 'precision', role: 'note', 'data-testid': 'risk-scaled' },
        t('risk.scaled', { raw: formatNumber(risk.rawPoints, lang, 1), factor: formatNumber(risk.scaledBy, lang, 3) }))
      : null,
    definitionList([[t('risk.config'), t('risk.configVersion', { n: risk.configVersion })]]),
    h('p', { class: 'explain' }, t('risk.explain')),
    risk.reasons?.length ? reasonList(risk.reasons, { lang, locate, siteId: risk.siteId, openSite }) : h('p', { class: 'muted' }, t('risk.none')));
}
