// What a person records at a site, as the service's `observation` JSON. Pure.

/** The findings checklist, in the order the form shows it (the service's codes). */
export const FINDINGS = ['working', 'smoke_or_smell', 'wastewater_discharge', 'scrap_stockpiled', 'scrap_brought_in',
  'equipment_removed', 'nobody_there'];

export const MAX_PHOTOS = 5;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png'];

/**
 * @param {{status?: string, reason?: string, findings?: string[], note?: string,
 *          position?: {lon: number, lat: number, accuracy?: number}|null, observedAt: Date}} form
 * @returns {object} {statusChange?, findings, note, position, accuracyMeters, observedAt}
 */
export function buildObservation({ status = '', reason = '', findings = [], note = '', position = null, observedAt }) {
  const observation = {
    findings: FINDINGS.filter((code) => findings.includes(code)),
    note: note.trim(),
    position: position ? { type: 'Point', coordinates: [round(position.lon), round(position.lat)] } : null,
    accuracyMeters: position && Number.isFinite(position.accuracy) ? Math.round(position.accuracy * 10) / 10 : null,
    observedAt: observedAt.toISOString(),
  };
  if (status) observation.statusChange = { status, reason: reason.trim() };
  return observation;
}

const round = (degrees) => Math.round(degrees * 1e7) / 1e7;

/**
 * What stops the form from being queued, as message keys with the field they concern: a status change needs a
 * reason, something must be recorded, a site not on the list needs the position, photos are JPEG/PNG, ≤ 10 MB, ≤ 5.
 */
export function problems(observation, { photos = [], siteId = null } = {}) {
  const found = [];
  if (observation.statusChange && !observation.statusChange.reason) found.push({ field: 'reason', key: 'field.error.reason' });
  if (!observation.statusChange && !observation.findings.length && !observation.note && !photos.length) {
    found.push({ field: 'findings', key: 'field.error.empty' });
  }
  if ((siteId === null || siteId === undefined) && !observation.position) found.push({ field: 'position', key: 'field.error.position' });
  if (photos.length > MAX_PHOTOS) found.push({ field: 'photos', key: 'field.error.photoCount' });
  if (photos.some((photo) => !PHOTO_TYPES.includes(photo.type))) found.push({ field: 'photos', key: 'field.error.photoType' });
  if (photos.some((photo) => photo.size > MAX_PHOTO_BYTES)) found.push({ field: 'photos', key: 'field.error.photoSize' });
  return found;
}
