// A field observation in a site's history (site panel): what was seen, the status change if any, where the phone was
// and how far from the site (flagged beyond the limit), and the photos as thumbnails linking to the full photo, each
// with its SHA-256 shortened and a button to copy it whole.
import { t, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatNumber } from '../util/format.js';
import { badge, definitionList } from '../panels/parts.js';
import { copyText } from '../panels/site-coordinates.js';
import { distanceFlag, photoUrl, shortSha } from './observation-format.js';

function photo(sha) {
  const copy = h('button', { type: 'button', class: 'link small', 'data-testid': 'observation-sha-copy',
    title: t('observation.sha.copy'), onClick: async () => {
      const done = await copyText(sha);
      copy.textContent = done ? t('observation.sha.copied') : t('observation.sha.copyFailed');
    } }, t('observation.sha.copy'));
  return h('li', { class: 'observation-photo', 'data-testid': 'observation-photo' },
    h('a', { href: photoUrl(sha), target: '_blank', rel: 'noopener', title: t('observation.photo.open') },
      h('img', { src: photoUrl(sha, true), alt: t('observation.photo.alt'), loading: 'lazy', width: 96 })),
    h('span', { class: 'small' }, h('code', { title: sha, 'data-testid': 'observation-sha' }, shortSha(sha)), ' ', copy));
}

/** entry: an item of GET /api/v1/sites/{id}/history of type observation. */
export function observationEntry(entry, lang) {
  const { far, m, max } = distanceFlag(entry);
  const distance = m === null ? null : h('span', null, t('observation.distanceM', { m: formatNumber(m, lang, 0) }),
    far ? [' ', badge(t('observation.far', { max: formatNumber(max, lang, 0) }), 'overdue', { 'data-testid': 'observation-far' })] : null);
  const status = entry.newStatus
    ? [badge(tCode('site.status', entry.statusBefore), `status-${entry.statusBefore}`), ' → ',
      badge(tCode('site.status', entry.newStatus), `status-${entry.newStatus}`)]
    : null;
  const photos = entry.photos || [];
  return [
    h('p', { class: 'entry-title' }, t('observation.title'), status ? [': ', status] : null,
      entry.siteRegistered ? [' ', badge(t('observation.registered'), 'member')] : null),
    definitionList([
      [t('observation.findings'), (entry.findings || []).map((f) => tCode('observation.finding', f)).join(', ') || null],
      [t('observation.note'), entry.note],
      [t('observation.position'), `${entry.lat}, ${entry.lon} (± ${formatNumber(entry.accuracyM, lang, 0)} m)`],
      [t('observation.distance'), distance],
      [t('observation.recordedBy'), entry.recordedBy],
    ]),
    photos.length ? h('ul', { class: 'observation-photos', 'data-testid': 'observation-photos' }, photos.map(photo)) : null,
  ];
}
