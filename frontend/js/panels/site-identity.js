// Who and where a site is: kind, trade, status, class, operator, permit, commune, parent, members.
import { getLang, t, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatDate, formatNumber, formatVnd } from '../util/format.js';
import { badge, definitionList, totals } from './parts.js';

const MEMBERS_OPEN = 8;
const WEB_ADDRESS = /^https?:\/\/[^\s]+$/i;

function hostOf(address) {
  try {
    return new URL(address).hostname;
  } catch {
    return address;
  }
}

/** "https://a.vn/x ; https://b.vn/y" → links named by their host; only http(s) addresses become links. */
function sources(text) {
  if (!text) return null;
  return h('span', { class: 'sources' }, text.split(/\s*;\s*/).filter(Boolean).map((part, i) => [i ? '; ' : '',
    WEB_ADDRESS.test(part) ? h('a', { href: part, title: part, target: '_blank', rel: 'noopener noreferrer' }, hostOf(part)) : part]));
}

/** A text the data set gives in two languages: p.noteVi next to p.note (English, or as the user wrote it). */
export function inLanguage(p, field, lang) {
  return (lang === 'vi' && p[`${field}Vi`]) || p[field];
}

function link(text, onClick, attrs = {}) {
  return h('button', { type: 'button', class: 'link', onClick, ...attrs }, text);
}

function permit(p, lang) {
  if (!p.permitNumber) return null;
  return p.permitValidUntil
    ? t('site.field.permitValidUntil', { number: p.permitNumber, date: formatDate(p.permitValidUntil, lang) })
    : p.permitNumber;
}

export function siteBadges(p) {
  return h('p', { class: 'badges' },
    badge(tCode('site.kind', p.kind), 'kind'),
    badge(tCode('site.status', p.status), `status-${p.status}`, { 'data-testid': 'site-status' }),
    p.synthetic ? badge(t('site.synthetic'), 'synthetic', { 'data-testid': 'synthetic-badge' }) : null);
}

export function precisionNote(p) {
  if (!p.locationPrecision) return null;
  return h('p', { class: 'precision', role: 'note', 'data-testid': 'location-precision' },
    t('site.precision', { text: inLanguage(p, 'locationPrecision', getLang()) }));
}

export function siteFacts(p, { bus }) {
  const lang = getLang();
  const commune = p.communeCode
    ? link(p.communeName || p.communeCode, () => bus.emit('commune:selected', { code: p.communeCode, reveal: true }), { 'data-testid': 'site-commune-link' })
    : p.communeName;
  const parent = p.parent
    ? link(p.parent.name, () => bus.emit('site:selected', { id: p.parent.id, reveal: true }), { 'data-testid': 'parent-link' })
    : null;
  return definitionList([
    [t('site.parent'), parent],
    [t('site.field.kind'), tCode('site.kind', p.kind)],
    [t('site.field.trade'), p.trade ? tCode('site.trade', p.trade) : null],
    [t('site.field.status'), tCode('site.status', p.status)],
    [t('site.field.pollutionClass'), p.pollutionClass ? tCode('site.pollution', p.pollutionClass) : null],
    [t('site.field.operator'), p.operatorName],
    [t('site.field.address'), p.address],
    [t('site.field.permit'), permit(p, lang)],
    [t('site.field.commune'), commune],
    [t('site.field.note'), inLanguage(p, 'note', lang)],
    [t('site.field.source'), sources(inLanguage(p, 'source', lang))],
  ], { 'data-testid': 'site-facts' });
}

export function memberList(p, { bus }) {
  const members = p.members || [];
  if (!members.length) return null;
  const list = h('ul', { class: 'members', 'data-testid': 'members' }, members.map((member) => h('li', null,
    link(member.name, () => bus.emit('site:selected', { id: member.id, reveal: true }), { 'data-testid': 'member-link' }),
    ' ', badge(tCode('site.status', member.status), `status-${member.status}`))));
  // a craft village can have hundreds of households: keep the history in sight
  return h('details', { class: 'panel-section members-box', open: members.length <= MEMBERS_OPEN },
    h('summary', null, t('site.members', { n: members.length })), list);
}

export function historyTotals(history) {
  const sums = history.totals || {};
  const lang = getLang();
  return totals([
    [t('totals.inspections'), formatNumber(sums.inspections ?? 0, lang)],
    [t('totals.violations'), formatNumber(sums.violations ?? 0, lang)],
    [t('totals.fines'), formatVnd(sums.finesVnd ?? 0, getLang())],
    [t('totals.overdue'), formatNumber(sums.overdue ?? 0, lang)],
  ], { 'data-testid': 'site-totals' });
}
