// The inspection form's evidence picker: the site's field observations (its members' too for a village or cluster),
// newest first, each with its photos as thumbnails; ticking an observation cites it, ticking a photo cites that photo
// by its hash (evidence-logic.js turns the ticks into the API's evidence list).
import { getLang, t, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatDate } from '../util/format.js';
import { photoUrl, shortSha } from '../observation/observation-format.js';
import { observationKey, photoKey } from './evidence-logic.js';

function tick(name, checked, label, testId) {
  return h('label', { class: 'evidence-choice', 'data-testid': testId },
    h('input', { type: 'checkbox', name, 'data-type': 'boolean', checked: checked === true }), ' ', label);
}

/**
 * @param {string} prefix the controls' name prefix: 'cite' for the inspection, 'violations[0].cite' for a decision
 * @param {object[]} observations citableObservations(history entries)
 * @param {object} draft the form's saved values, to tick what was ticked before
 */
export function evidencePicker(prefix, observations, { siteId, draft = {} } = {}) {
  if (!observations.length) return h('p', { class: 'muted small', 'data-testid': 'evidence-none' }, t('evidence.picker.none'));
  const lang = getLang();
  return h('ul', { class: 'evidence-picker', 'data-testid': 'evidence-picker' }, observations.map((o) => {
    const name = `${prefix}.${observationKey(o.id)}`;
    const what = [t('evidence.cited.observation', { id: o.id, date: formatDate(o.date, lang) }),
      o.findings.map((f) => tCode('observation.finding', f)).join(', '),
      o.siteId !== undefined && o.siteId !== siteId && o.siteName ? `${t('history.member')}: ${o.siteName}` : null]
      .filter(Boolean).join(' · ');
    return h('li', { class: 'evidence-observation', 'data-observation': String(o.id) },
      tick(name, draft[name], what, 'evidence-observation'),
      o.photos.length ? h('div', { class: 'evidence-photos' }, o.photos.map((sha) => {
        const photoName = `${prefix}.${photoKey(o.id, sha)}`;
        return tick(photoName, draft[photoName], [
          h('img', { src: photoUrl(sha, true), alt: t('observation.photo.alt'), loading: 'lazy', width: 56, height: 56 }),
          h('code', { title: sha }, shortSha(sha))], 'evidence-photo');
      })) : null);
  }));
}
