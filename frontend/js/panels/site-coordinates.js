// Where a site is, for going there: its coordinates with their precision, a link that opens a maps app (geo: URI)
// and a button that copies them.
import { getLang, t } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatNumber } from '../util/format.js';
import { formatLatLon, geoUri, pointOf, precisionMetres, zoomFor } from '../util/coords.js';
import { inLanguage, precisionNote } from './site-identity.js';

const COPIED_MS = 2000;

/** navigator.clipboard where the page may use it (https, localhost), else a hidden text area and execCommand. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = h('textarea', { readonly: true, 'aria-hidden': 'true', style: { position: 'fixed', left: '-9999px' } });
    area.value = text;
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

function copyButton(text) {
  const button = h('button', { type: 'button', class: 'link copy', 'data-testid': 'coords-copy',
    title: t('communeView.coords.copy.title'), onClick: async () => {
      const done = await copyText(text);
      button.textContent = done ? t('communeView.coords.copied') : t('communeView.coords.copyFailed');
      setTimeout(() => { button.textContent = t('communeView.coords.copy'); }, COPIED_MS);
    } }, t('communeView.coords.copy'));
  return button;
}

/** The coordinates block; null for a site without geometry. Contains the precision note of the site, if any. */
export function siteCoordinates(feature) {
  const point = pointOf(feature.geometry);
  if (!point) return null;
  const p = feature.properties || {};
  const lang = getLang();
  const metres = precisionMetres(p.locationPrecision) ?? precisionMetres(p.locationPrecisionVi);
  const text = formatLatLon(point);
  return h('div', { class: 'coords', 'data-testid': 'site-coords' },
    h('p', { class: 'coords-line' },
      h('span', { class: 'coords-label' }, feature.geometry.type === 'Point' ? t('communeView.coords.point') : t('communeView.coords.centre')), ' ',
      h('span', { class: 'coords-value', 'data-testid': 'coords-value' }, text),
      metres ? h('span', { class: 'coords-metres', 'data-testid': 'coords-metres' },
        ` ${t('communeView.coords.within', { m: formatNumber(metres, lang, 0) })}`) : null),
    h('p', { class: 'coords-actions' },
      h('a', { href: geoUri(point, { metres, zoom: zoomFor(metres) }), class: 'maps-app', 'data-testid': 'coords-geo',
        title: t('communeView.coords.open.title') }, t('communeView.coords.open')),
      ' · ', copyButton(text)),
    inLanguage(p, 'locationPrecision', lang) ? precisionNote(p) : null);
}
