// The site panel's "commitments" section: every commitment the site signed (newest first) with its state, the scan's
// thumbnail and hash, and the button to record a new one. It loads itself: a reader who may not see commitments
// (the service answers 403) gets no section at all.
import * as api from '../api.js';
import { urls } from '../urls.js';
import { getLang, t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formatDate } from '../util/format.js';
import { badge, definitionList, section } from '../panels/parts.js';
import { stateBadge } from './coverage-style.js';
import { openCommitmentForm } from './commitment-form.js';

function scan(entry) {
  if (!entry.scanSha256) return null;
  const original = urls.photo(entry.scanSha256);
  return h('figure', { class: 'commitment-scan' },
    h('a', { href: original, target: '_blank', rel: 'noopener', title: t('commitment.scan.open') },
      h('img', { src: urls.photo(entry.scanSha256, { size: 'thumb' }), alt: t('commitment.scan.alt'), loading: 'lazy',
        'data-testid': 'commitment-scan' })),
    h('figcaption', { class: 'muted small hash' }, t('commitment.scan.hash'), ' ', h('code', null, entry.scanSha256)));
}

function promises(entry, lang) {
  return entry.promises.map((code) => {
    if (code === 'relocate_to_cluster' && entry.relocateBy) {
      return t('commitment.promise.relocateBy', { date: formatDate(entry.relocateBy, lang) });
    }
    if (code === 'other' && entry.promiseOther) return `${tCode('commitment.promise', code)}: ${entry.promiseOther}`;
    return tCode('commitment.promise', code);
  }).join('; ');
}

function entryView(entry, lang) {
  const state = stateBadge(entry.state);
  return h('li', { class: ['commitment-entry', `commitment-${entry.state}`], 'data-record': `commitment-${entry.id}`,
    'data-testid': 'commitment-entry', 'data-state': entry.state },
  h('p', { class: 'commitment-head' },
    badge(t(state.key), `commitment-${entry.state}`, { 'data-testid': 'commitment-state' }), ' ',
    t('commitment.signedOn', { date: formatDate(entry.signedOn, lang) })),
  entry.brokenOn ? h('p', { class: 'commitment-broken-note' },
    t('commitment.brokenOn', { date: formatDate(entry.brokenOn, lang) })) : null,
  definitionList([
    [t('commitment.field.signer'), `${entry.signerName} (${tCode('commitment.role', entry.signerRole)})`],
    [t('commitment.field.promises'), promises(entry, lang)],
    [t('commitment.field.validUntil'), formatDate(entry.validUntil, lang)],
    [t('commitment.field.witness'), entry.witnessedBy],
  ]),
  scan(entry));
}

/**
 * The section for one site; it fills itself in when the commitments arrive.
 * @param {object} feature the panel's site
 * @param {{bus: object}} options
 */
export function commitmentSection(feature, { bus }) {
  const el = h('div', { class: 'commitments', 'data-testid': 'commitments' });
  const lang = getLang();
  api.siteCommitments(feature.id).then(({ commitments }) => {
    const record = h('button', { type: 'button', class: 'form-button', 'data-testid': 'record-commitment',
      onClick: () => openCommitmentForm({ site: feature, bus }) }, t('commitment.record.open'));
    mount(el, section(t('commitment.title'),
      commitments.length
        ? h('ol', { class: 'commitment-list' }, commitments.map((entry) => entryView(entry, lang)))
        : h('p', { class: 'muted', 'data-testid': 'commitments-none' }, t('commitment.none')),
      feature.properties.compound ? h('p', { class: 'muted small' }, t('commitment.compound')) : record));
  }).catch((error) => {
    // 403: this reader does not see commitments; 404: the site went out of reach; anything else is said
    if (error.status === 403 || error.status === 404 || error.name === 'AbortError') return;
    mount(el, section(t('commitment.title'), h('p', { class: 'error' }, error.detail || error.message)));
  });
  return el;
}
