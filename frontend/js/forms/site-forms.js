// The site forms on the map page, for those who may edit sites (access.editSites): the draw control to register a
// site, and the site panel's buttons to edit a site or correct its location.
import { t } from '../i18n.js';
import { h } from '../util/dom.js';
import { openSiteEdit } from './site-edit.js';
import { openLocationCorrection } from './site-location.js';
import { mountSiteRegistration } from './site-register.js';

/**
 * @param {{api: object, bus: object, config: object, access: object}} options
 * @returns {{actions: (feature: object) => Node|null}} the site panel's buttons for a site
 */
export function mountSiteForms(map, { api, bus, config, access }) {
  if (!access.editSites) return { actions: () => null };
  let loaded = [];
  bus.on('sites:loaded', ({ features }) => { loaded = features; });
  mountSiteRegistration(map, { bus, config, access });
  const context = { api, bus, config, access, map, sites: () => loaded };
  let open = null;
  const opener = (openForm) => async (feature) => {
    open?.close();
    try {
      open = await openForm(feature, context);
    } catch (error) {
      bus.emit('error', error);
    }
  };
  const edit = opener(openSiteEdit);
  const locate = opener(openLocationCorrection);
  bus.on('panel:closed', () => open?.close());
  return {
    actions: (feature) => h('div', { class: 'site-form-actions', role: 'group', 'aria-label': t('siteForm.actions') },
      h('button', { type: 'button', class: 'form-button form-button-secondary', 'data-testid': 'site-edit',
        onClick: () => edit(feature) }, t('siteForm.edit.open')),
      h('button', { type: 'button', class: 'form-button form-button-secondary', 'data-testid': 'site-locate',
        onClick: () => locate(feature) }, t('siteForm.location.open'))),
  };
}
