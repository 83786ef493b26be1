// A field observation in a site's history (filed from the phone page /field): what was seen, the status seen, where
// the phone was and how far from the site (flagged when far), the photos with their SHA-256, who filed it.
import { t, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatNumber } from '../util/format.js';
import { badge, definitionList } from './parts.js';

const photoUrl = (sha256, size) => `/api/v1/photos/${encodeURIComponent(sha256)}${size ? `?size=${size}` : ''}`;

export function observationEntry(entry, lang) {
  const findings = (entry.findings || []).map((code) => t(`field.finding.${code}`)).join(', ');
  const distance = t('field.history.distanceM', { m: formatNumber(entry.distanceM, lang, 0) });
  return [
    h('p', { class: 'entry-title' }, t('field.history.title'),
      entry.newStatus ? [': ', badge(tCode('site.status', entry.statusBefore), `status-${entry.statusBefore}`), ' → ',
        badge(tCode('site.status', entry.newStatus), `status-${entry.newStatus}`)] : null,
      entry.siteRegistered ? [' ', badge(t('field.history.registered'), 'registered')] : null),
    definitionList([
      [t('field.history.findings'), findings],
      [t('field.history.note'), entry.note],
      [t('field.history.position'), t('field.history.positionValue', { lat: entry.lat, lon: entry.lon,
        m: formatNumber(entry.accuracyM, lang, 0) })],
      [t('field.history.distance'), entry.far
        ? h('span', { class: 'observation-far', 'data-testid': 'observation-far' }, badge(t('field.history.far'), 'far'), ' ', distance)
        : distance],
      [t('field.history.photos'), (entry.photos || []).length ? h('ul', { class: 'observation-photos' },
        entry.photos.map((sha256) => h('li', null,
          h('a', { href: photoUrl(sha256), target: '_blank', rel: 'noopener' },
            h('img', { src: photoUrl(sha256, 'thumb'), alt: t('field.history.photo'), loading: 'lazy', width: 64, height: 64 })),
          h('code', { class: 'observation-hash', title: sha256 }, `SHA-256 ${sha256.slice(0, 12)}…`)))) : null],
      [t('field.history.recordedBy'), entry.recordedBy],
    ], { 'data-testid': 'observation-facts' }),
  ];
}
