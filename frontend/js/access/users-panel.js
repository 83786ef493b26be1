// The administrator's list of accounts (read only here; changes go through the API).
import { getLang, t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { failed, loading, section } from '../panels/parts.js';
import { formatDateTime } from './audit.js';

function table(users, lang) {
  return h('table', { class: 'audit-table', 'data-testid': 'users-table' },
    h('thead', null, h('tr', null, ['users.username', 'users.displayName', 'users.role', 'users.communes', 'users.enabled', 'users.lockedUntil']
      .map((key) => h('th', { scope: 'col' }, t(key))))),
    h('tbody', null, users.map((user) => h('tr', { 'data-testid': 'user-row' },
      h('td', null, user.username),
      h('td', null, user.displayName),
      h('td', null, tCode('role', user.role)),
      h('td', null, (user.communes || []).join(', ') || '—'),
      h('td', null, t(user.enabled ? 'users.yes' : 'users.no')),
      h('td', { class: 'nowrap' }, user.lockedUntil ? formatDateTime(user.lockedUntil, lang) : '—')))));
}

export function mountUsersPanel(el, { api, bus }) {
  let users = null;
  const render = () => mount(el, section(t('users.title'), users.error ? failed(users.error) : table(users, getLang())));
  el.hidden = false;
  mount(el, section(t('users.title'), loading()));
  api.users().then((list) => { users = list; }, (error) => { users = { error }; }).then(render);
  bus.on('lang:changed', () => users && render());
}
