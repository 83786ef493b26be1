// One entry of a site's history: a status change, an inspection with samples, a violation with its decision, a
// location correction, a field observation, a patrol's visit, a signed commitment.
import { getLang, t, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatDate, formatNumber, formatVnd } from '../util/format.js';
import { badge, definitionList } from './parts.js';
import { samplesTable } from './samples-table.js';
import { observationEntry } from '../observation/history-entry.js';
import { patrolVisitEntry } from '../patrol/visit-entry.js';
import { commitmentHistoryEntry } from '../commitment/history-entry.js';
import { authorityText, evidenceBlock } from '../evidence/evidence-view.js';

function statusEntry(entry) {
  return [
    h('p', { class: 'entry-title' }, t('history.status'), ': ',
      entry.oldStatus ? [badge(tCode('site.status', entry.oldStatus), `status-${entry.oldStatus}`), ' → '] : null,
      badge(tCode('site.status', entry.newStatus), `status-${entry.newStatus}`)),
    definitionList([[t('history.reason'), entry.reason], [t('history.evidence'), entry.evidence]]),
  ];
}

function inspectionEntry(entry) {
  return [
    h('p', { class: 'entry-title' }, tCode('inspection.kind', entry.kind)),
    definitionList([
      [t('history.team'), (entry.team || []).map((agency) => tCode('inspection.team', agency)).join(', ')],
      [t('history.legalBasis'), entry.legalBasis],
      [t('history.outcome'), entry.outcome],
      [t('history.filedUnder'), entry.filedCommuneName],
    ]),
    samplesTable(entry.samples),
    evidenceBlock(entry.evidence),
  ];
}

function violationEntry(entry, lang) {
  const decision = entry.decisionNumber
    ? [entry.decisionNumber, entry.decidedOn ? t('violation.decidedOn', { date: formatDate(entry.decidedOn, lang) }) : ''].join(' ')
    : null;
  const deadline = entry.remedialDeadline
    ? h('span', null, formatDate(entry.remedialDeadline, lang),
      entry.overdue ? [' ', badge(t('violation.overdue'), 'overdue', { 'data-testid': 'overdue' })] : null)
    : null;
  return [
    h('p', { class: 'entry-title' }, t('history.violation'), ': ', tCode('violation.category', entry.category)),
    definitionList([
      [t('violation.decision'), decision],
      [t('evidence.authority.label'), authorityText(entry)],
      [t('violation.fine'), entry.fineVnd === null || entry.fineVnd === undefined ? null : h('strong', { class: 'fine' }, formatVnd(entry.fineVnd, getLang()))],
      [t('violation.legal'), entry.legalReference],
      [t('violation.severity'), entry.severity],
      [t('violation.additional'), entry.additionalSanctions],
      [t('violation.remedial'), entry.remedialMeasures],
      [t('violation.deadline'), deadline],
      [t('violation.state'), entry.status ? tCode('violation.status', entry.status) : null],
    ]),
    evidenceBlock(entry.evidence),
  ];
}

/** A kind the page has no renderer for yet: its name (or code) and the reason, if any. */
function otherEntry(entry) {
  const key = `history.filter.${entry.type}`;
  const name = t(key);
  return [
    h('p', { class: 'entry-title' }, name === key ? entry.type : name),
    definitionList([[t('history.reason'), entry.reason]]),
  ];
}

/** A location correction: the precision now known, its source, the new position and how far the site moved. */
function locationEntry(entry, lang) {
  return [
    h('p', { class: 'entry-title' }, t('siteForm.history.location'), ': ', tCode('siteForm.precision', entry.precision)),
    definitionList([
      [t('siteForm.history.source'), entry.source],
      [t('siteForm.history.position'), `${entry.lat}, ${entry.lon}`],
      [t('siteForm.history.moved'), t('siteForm.history.movedM', { m: formatNumber(entry.movedM, lang, 0) })],
      [t('siteForm.history.recordedBy'), entry.recordedBy],
    ]),
  ];
}

/** Entry kind → renderer (entry, lang) → nodes; a new kind of history entry adds its renderer here. */
export const RENDERERS = { status: statusEntry, inspection: inspectionEntry, violation: violationEntry,
  location: locationEntry, observation: observationEntry,
  patrol: patrolVisitEntry, commitment: commitmentHistoryEntry };

/** One dated entry; entries of member sites name the member. */
export function historyEntry(entry, { siteId, lang }) {
  const render = RENDERERS[entry.type] ?? otherEntry;
  const fromMember = entry.siteId !== undefined && entry.siteId !== siteId;
  return h('li', { class: ['history-entry', `history-${entry.type}`, entry.overdue && 'is-overdue'], 'data-testid': 'history-entry', 'data-type': entry.type,
    'data-record': entry.id === undefined ? null : `${entry.type}-${entry.id}` },
    h('div', { class: 'entry-meta' },
      h('time', { datetime: entry.date }, formatDate(entry.date, lang)),
      fromMember ? badge(`${t('history.member')}: ${entry.siteName}`, 'member') : null,
      entry.synthetic ? badge(t('site.synthetic'), 'synthetic') : null),
    render(entry, lang));
}
