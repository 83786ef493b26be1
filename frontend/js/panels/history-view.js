// A site's history with its controls: which kind of entry, which order, and a page at a time.
import { getLang, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { countByType, ENTRY_TYPES, selectEntries } from '../util/history.js';
import { historyEntry } from './site-history.js';

const PAGE = 100;

function chip(label, pressed, onClick, testid) {
  return h('button', { type: 'button', class: 'chip', 'aria-pressed': String(pressed), 'data-testid': testid, onClick }, label);
}

/** The history element; it redraws itself when the reader changes type, order or asks for more. */
export function historyView(history) {
  const entries = history.entries || [];
  if (!entries.length) return h('p', { class: 'muted' }, t('site.history.empty'));
  const counts = countByType(entries);
  const state = { type: 'all', order: 'asc', limit: PAGE };
  const root = h('div', { class: 'history-view' });

  const draw = () => {
    const lang = getLang();
    const { shown, remaining } = selectEntries(entries, state);
    const set = (patch) => () => {
      Object.assign(state, patch);
      draw();
    };
    mount(root,
      h('div', { class: 'history-controls', role: 'toolbar' },
        ['all', ...ENTRY_TYPES].filter((type) => type === 'all' || counts[type])
          .map((type) => chip(`${t(`history.filter.${type}`)} (${counts[type]})`, state.type === type,
            set({ type, limit: PAGE }), `history-filter-${type}`)),
        chip(state.order === 'asc' ? t('history.order.asc') : t('history.order.desc'), state.order === 'desc',
          set({ order: state.order === 'asc' ? 'desc' : 'asc', limit: PAGE }), 'history-order')),
      h('ol', { class: 'history', 'data-testid': 'history' },
        shown.map((entry) => historyEntry(entry, { siteId: history.siteId, lang }))),
      remaining
        ? h('button', { type: 'button', class: 'more', 'data-testid': 'history-more', onClick: set({ limit: state.limit + PAGE }) },
          t('history.more', { n: Math.min(PAGE, remaining), rest: remaining }))
        : null);
  };
  draw();
  return root;
}
