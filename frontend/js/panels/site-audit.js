// "Who changed it": a site's audit trail, newest first, for the roles that may read it.
import { getLang, t, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { auditRow } from '../access/audit.js';
import { section } from './parts.js';

/** A record's field by its name in the user's language: operator_name or operatorName → "Chủ cơ sở". */
function fieldName(field) {
  return tCode('audit.field', field.replace(/_([a-z])/g, (match, letter) => letter.toUpperCase()));
}

function table(events, lang) {
  if (!events.length) return h('p', { class: 'muted' }, t('audit.none'));
  return h('table', { class: 'audit-table', 'data-testid': 'site-audit-table' },
    h('thead', null, h('tr', null, ['audit.time', 'audit.actor', 'audit.action'].map((key) => h('th', { scope: 'col' }, t(key))))),
    h('tbody', null, events.map((event) => auditRow(event, lang)).map((row) => h('tr', { 'data-testid': 'site-audit-row' },
      h('td', { class: 'nowrap' }, row.time),
      h('td', null, row.actor, h('br'), h('span', { class: 'muted small' }, tCode('role', row.role))),
      h('td', null, tCode('audit.action', row.action),
        row.fields.length ? [h('br'), h('span', { class: 'muted small' }, t('audit.fields', { fields: row.fields.map(fieldName).join(', ') }))] : null)))));
}

/** @param {object[]|{error: Error}|null} audit the events, the error that kept them away, or null: not shown */
export function auditSection(audit) {
  if (!audit) return null;
  const body = audit.error
    ? h('p', { class: 'error' }, `${t('panel.failed')}: ${audit.error.detail || audit.error.message}`)
    : table(audit, getLang());
  return h('div', { 'data-testid': 'site-audit' }, section(t('audit.title'), body));
}

/** The audit fetch for a site, or null when the user may not read it; a failure is shown in the section. */
export function loadAudit(api, id, options, enabled) {
  if (!enabled) return Promise.resolve(null);
  return api.audit(`site:${id}`, options).catch((error) => (error.name === 'AbortError' ? Promise.reject(error) : { error }));
}
