// A signed commitment in a site's history (site panel): its state as of today, the breach if any, what was promised.
import { t } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatDate } from '../util/format.js';
import { badge, definitionList } from '../panels/parts.js';
import { stateBadge } from './coverage-style.js';
import { commitmentHistoryRows } from './history-format.js';

/** entry: an item of GET /api/v1/sites/{id}/history of type commitment. */
export function commitmentHistoryEntry(entry, lang) {
  const state = stateBadge(entry.state);
  return [
    h('p', { class: 'entry-title' }, t('history.filter.commitment'), ': ',
      badge(t(state.key), `commitment-${entry.state}`, { 'data-testid': 'history-commitment-state' })),
    entry.brokenOn ? h('p', { class: 'commitment-broken-note' },
      t('commitment.brokenOn', { date: formatDate(entry.brokenOn, lang) })) : null,
    definitionList(commitmentHistoryRows(entry, lang)),
  ];
}
