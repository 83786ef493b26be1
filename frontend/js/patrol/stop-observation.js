// The field observation at a patrol stop: the /field page's form (findings, note, status change, position with its
// accuracy, up to five photos) for the stop's site, saved into the phone's outbox of observations.
import { openObservationForm } from '../field/observation-form.js';
import { currentPosition } from '../field/position.js';
import { t } from '../i18n.js';

/**
 * Fills el with the form for the stop's site.
 * @param {HTMLElement} el
 * @param {{stop: {siteId: number, siteName: string}, statuses: string[], observations: {add: Function},
 *          geolocation?: Geolocation, onSaved: (item: {key: string}) => void, onBack: Function}} options
 */
export function openStopObservation(el, { stop, statuses, observations, geolocation, onSaved, onBack }) {
  let position = null;
  let form = null;
  const locate = async () => {
    position = (await currentPosition(geolocation ? { geolocation } : {})) ?? position;
    form?.showPosition();
  };
  form = openObservationForm(el, {
    site: { id: stop.siteId, properties: { name: stop.siteName } },
    statuses,
    position: () => position,
    onLocate: locate,
    onBack,
    backLabel: t('patrol.observation.back'),
    onSave: async (draft) => onSaved(await observations.add(draft)),
  });
  locate();
  return form;
}
