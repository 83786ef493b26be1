// The site panel of a commune's user: their own sites in full; a site outside their communes that the public map
// shows, in its public view with a notice saying so (rather than "not found"); never more than the public sees.
import { t } from '../i18n.js';
import { h } from '../util/dom.js';
import { loadSite, mountSitePanelWith, renderSite } from '../panels/site-panel.js';
import { renderPublicSite } from '../panels/public-site-panel.js';

function outsideNotice() {
  return h('p', { class: 'public-notice outside-notice', role: 'note', 'data-testid': 'outside-scope' },
    t('communeView.outside'));
}

function render(el, loaded, actions) {
  if (!loaded.outside) {
    renderSite(el, { ...loaded, actions });
    return;
  }
  renderPublicSite(el, loaded);
  el.querySelector('.panel-header')?.after(outsideNotice());
}

/** mountSitePanel for a user limited to some communes (same events). */
export function mountScopedSitePanel(el, { api, bus, audit = false, actions }) {
  mountSitePanelWith(el, {
    bus,
    render: (target, loaded) => render(target, loaded, actions),
    async load(id, options) {
      try {
        return await loadSite(api, id, { ...options, audit });
      } catch (error) {
        // 404: not one of theirs (or none at all); the public answer, if any, says which
        if (error.status !== 404) throw error;
        return { feature: await api.publicSite(id, options), outside: true };
      }
    },
  });
}
