// What a person records at a site, as the service's `observation` JSON. Pure.

/** The findings checklist, in the order the form shows it (the service's codes). */
export const FINDINGS = ['working', 'smoke_or_smell', 'wastewater_discharge', 'scrap_stockpiled', 'scrap_brought_in',
  'equipment_removed', 'nobody_there'];

export const MAX_PHOTOS = 5;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png'];

/**
 * @param {{status?: string, findings?: string[], note?: string, siteName?: string,
 *          position?: {lon: number, lat: number, accuracy?: number}|null, observedAt: Date}} form
 *   siteName: only for a site not on the list (the service registers it at the position)
 * @returns {object} {newStatus?, findings, note, position, accuracyM, observedAt, site?}
 */
export function buildObservation({ status = '', findings = [], note = '', siteName = null, position = null, observedAt }) {
  const observation = {
    findings: FINDINGS.filter((code) => findings.includes(code)),
    note: note.trim() || null,
    position: position ? { type: 'Point', coordinates: [round(position.lon), round(position.lat)] } : null,
    accuracyM: position && Number.isFinite(position.accuracy) ? Math.round(position.accuracy * 10) / 10 : null,
    observedAt: observedAt.toISOString(),
  };
  if (status) observation.newStatus = status;
  if (siteName !== null) observation.site = { name: siteName.trim() };
  return observation;
}

const round = (degrees) => Math.round(degrees * 1e7) / 1e7;

/**
 * What stops the form from being queued, as message keys with the field they concern: something must be recorded,
 * the phone's position is needed (the service judges the distance to the site by it), a site not on the list needs a
 * name, photos are JPEG/PNG, at most 10 MB, at most 5.
 */
export function problems(observation, { photos = [] } = {}) {
  const found = [];
  if (!observation.newStatus && !observation.findings.length && !observation.note && !photos.length) {
    found.push({ field: 'findings', key: 'field.error.empty' });
  }
  if (observation.site && !observation.site.name) found.push({ field: 'siteName', key: 'field.error.siteName' });
  if (!observation.position) found.push({ field: 'position', key: 'field.error.position' });
  if (photos.length > MAX_PHOTOS) found.push({ field: 'photos', key: 'field.error.photoCount' });
  if (photos.some((photo) => !PHOTO_TYPES.includes(photo.type))) found.push({ field: 'photos', key: 'field.error.photoType' });
  if (photos.some((photo) => photo.size > MAX_PHOTO_BYTES)) found.push({ field: 'photos', key: 'field.error.photoSize' });
  return found;
}
