// A patrol's outcome at a site, as an entry of the site's history.
import { t } from '../i18n.js';
import { h } from '../util/dom.js';
import { badge, definitionList } from '../panels/parts.js';

export function patrolVisitEntry(entry) {
  return [
    h('p', { class: 'entry-title' }, t('patrol.history.title'), ': ',
      badge(t(`patrol.outcome.${entry.outcome}`), `patrol-${entry.outcome}`)),
    definitionList([
      [t('patrol.history.team'), entry.team],
      [t('patrol.history.found'), entry.found],
      [t('patrol.history.observation'), entry.observationId],
      [t('siteForm.history.recordedBy'), entry.recordedBy],
    ]),
  ];
}
