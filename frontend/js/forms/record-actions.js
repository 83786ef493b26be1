// The site panel's buttons for recording what was seen: a status change, an inspection. Shown to those the service
// lets do it (/api/v1/me `can`: recordStatus, recordInspections); a commune's staff outside their communes are told
// so by the service, next to the form.
import { t } from '../i18n.js';
import { h } from '../util/dom.js';
import { openStatusForm } from './status-form.js';
import { openInspectionForm } from './inspection-form.js';

/**
 * @param {{bus: object, config: object, access: {recordStatus?: boolean, recordInspections?: boolean}}} options
 * @returns {(feature: object) => HTMLElement|null} the buttons for one site, or null when the user may do neither
 */
export function recordActions({ bus, config, access }) {
  let shown = null;
  const open = (kind, feature) => {
    const dialog = kind === 'status'
      ? openStatusForm({ site: feature, statuses: config.statuses, bus })
      : openInspectionForm({ site: feature, config, bus });
    shown = { kind, feature, dialog };
  };
  // a form open when the language changes opens again in the new one, its draft restored
  bus.on('lang:changed', () => {
    if (!shown?.dialog.el.isConnected || !shown.dialog.el.open) return;
    shown.dialog.close();
    open(shown.kind, shown.feature);
  });

  return (feature) => {
    if (!access.recordStatus && !access.recordInspections) return null;
    return h('div', { class: 'record-actions', 'data-testid': 'record-actions' },
      access.recordStatus ? h('button', { type: 'button', class: 'form-button', 'data-testid': 'record-status',
        onClick: () => open('status', feature) }, t('record.status.open')) : null,
      access.recordInspections ? h('button', { type: 'button', class: 'form-button', 'data-testid': 'record-inspection',
        onClick: () => open('inspection', feature) }, t('record.inspection.open')) : null);
  };
}
