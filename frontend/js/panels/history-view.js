// A site's history with its controls: which kind of entry, which member, which order, and a page at a time;
// the members' registrations folded into one line that opens.
import { getLang, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formatDate } from '../util/format.js';
import { countByType, membersOf, ofMember, selectEntries, typesOf } from '../util/history.js';
import { historyEntry } from './site-history.js';

const PAGE = 100;

function chip(label, pressed, onClick, testid) {
  return h('button', { type: 'button', class: 'chip', 'aria-pressed': String(pressed), 'data-testid': testid, onClick }, label);
}

function filterLabel(type) {
  const key = `history.filter.${type}`;
  const text = t(key);
  return text === key ? type : text;
}

function memberSelect(members, state, onChange) {
  if (!members.length) return null;
  const option = (value, label) => h('option', { value, selected: String(state.member) === String(value) }, label);
  return h('label', { class: 'history-member' }, `${t('history.filter.member')} `,
    h('select', { 'data-testid': 'history-member', onChange: (event) => onChange(event.target.value) },
      option('all', t('history.member.all')),
      option('self', t('history.member.self')),
      members.map((member) => option(member.id, member.name))));
}

function foldRow(row, { siteId, lang }) {
  return h('li', { class: 'history-entry history-fold', 'data-testid': 'history-fold', 'data-type': 'registrations' },
    h('details', null,
      h('summary', null,
        h('time', { datetime: row.date }, formatDate(row.date, lang)), ' ',
        t('history.registrations', { n: row.entries.length, count: row.entries.length,
          since: formatDate(row.since, lang), until: formatDate(row.date, lang) })),
      h('ol', { class: 'history' }, row.entries.map((entry) => historyEntry(entry, { siteId, lang })))));
}

/** The history element; it redraws itself when the reader changes kind, member, order or asks for more. */
export function historyView(history) {
  const entries = history.entries || [];
  if (!entries.length) return h('p', { class: 'muted' }, t('site.history.empty'));
  const members = history.includesMembers ? membersOf(entries, history.siteId) : [];
  const state = { type: 'all', member: 'all', order: 'desc', limit: PAGE };
  const root = h('div', { class: 'history-view' });

  const draw = () => {
    const lang = getLang();
    const counts = countByType(ofMember(entries, state.member, history.siteId));
    const { rows, remaining } = selectEntries(entries, { ...state, siteId: history.siteId });
    const set = (patch) => () => {
      Object.assign(state, patch);
      draw();
    };
    mount(root,
      h('div', { class: 'history-controls', role: 'toolbar' },
        ['all', ...typesOf(entries)].map((type) => chip(`${filterLabel(type)} (${counts[type]})`, state.type === type,
          set({ type, limit: PAGE }), `history-filter-${type}`)),
        chip(state.order === 'asc' ? t('history.order.asc') : t('history.order.desc'), state.order === 'asc',
          set({ order: state.order === 'asc' ? 'desc' : 'asc', limit: PAGE }), 'history-order'),
        memberSelect(members, state, (member) => set({ member, limit: PAGE })())),
      h('ol', { class: 'history', 'data-testid': 'history' },
        rows.map((row) => (row.fold ? foldRow(row, { siteId: history.siteId, lang })
          : historyEntry(row.entry, { siteId: history.siteId, lang })))),
      remaining
        ? h('button', { type: 'button', class: 'more', 'data-testid': 'history-more', onClick: set({ limit: state.limit + PAGE }) },
          t('history.more', { n: Math.min(PAGE, remaining), rest: remaining }))
        : null);
  };
  draw();
  return root;
}
