// The evidence an inspection or a sanctioning decision cites, as the site panel shows it: each observation by number and
// day, and each photo cited as a thumbnail linking to the photo, with its SHA-256 shortened and a button to copy it.
import { getLang, t, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatDate } from '../util/format.js';
import { copyText } from '../panels/site-coordinates.js';
import { photoUrl, shortSha } from '../observation/observation-format.js';

function copyButton(sha) {
  const copy = h('button', { type: 'button', class: 'link small', 'data-testid': 'evidence-sha-copy',
    onClick: async () => {
      const done = await copyText(sha);
      copy.textContent = done ? t('observation.sha.copied') : t('observation.sha.copyFailed');
    } }, t('observation.sha.copy'));
  return copy;
}

function citation(item) {
  const day = item.observedAt ? formatDate(String(item.observedAt).slice(0, 10), getLang()) : '';
  return h('li', { class: 'evidence-item', 'data-testid': 'evidence-item' },
    item.photoSha256
      ? h('a', { href: photoUrl(item.photoSha256), target: '_blank', rel: 'noopener', title: t('observation.photo.open') },
        // a reader without access to photos (VIEWER: 403) keeps the citation and its hash, not a broken image
        h('img', { src: photoUrl(item.photoSha256, true), alt: t('observation.photo.alt'), loading: 'lazy', width: 64,
          onError: (event) => event.target.parentElement?.remove() }))
      : null,
    h('span', { class: 'small' }, t('evidence.cited.observation', { id: item.observationId, date: day }),
      item.findings?.length ? ` (${item.findings.map((f) => tCode('observation.finding', f)).join(', ')})` : '',
      item.photoSha256 ? [' · ', h('code', { title: item.photoSha256, 'data-testid': 'evidence-sha' },
        shortSha(item.photoSha256)), ' ', copyButton(item.photoSha256)] : null));
}

/** The cited evidence of a history entry (inspection or violation), or nothing when it cites none. */
export function evidenceBlock(evidence) {
  if (!evidence?.length) return null;
  return h('div', { class: 'evidence-cited', 'data-testid': 'evidence-cited' },
    h('p', { class: 'small' }, h('strong', null, t('evidence.cited.title'))),
    h('ul', { class: 'evidence-list' }, evidence.map(citation)));
}

/** Who signed a decision: the title's name and the wording on the decision. */
export function authorityText(entry) {
  if (!entry.issuingAuthority && !entry.issuingAuthorityName) return null;
  const title = entry.issuingAuthority ? tCode('evidence.authority', entry.issuingAuthority) : null;
  return [title, entry.issuingAuthorityName].filter(Boolean).join(' — ');
}
