// The samples of one inspection: value against the limit, exceedance highlighted, unverified limits marked.
import { getLang, t, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatFactor, formatNumber } from '../util/format.js';
import { appliedVerification, isUnverified, verificationKind } from '../util/verification.js';

/** The verification in the user's language when it is of a known kind, else as the regulation data gives it. */
function verificationText(sample) {
  const kind = verificationKind(sample.verification, sample.column);
  return kind ? t(`verification.${kind}`) : appliedVerification(sample.verification, sample.column);
}

function limitText(sample, lang) {
  if (sample.limitRange) return sample.limitRange;
  return sample.limit === null || sample.limit === undefined ? '—' : formatNumber(sample.limit, lang, 3);
}

function row(sample, lang) {
  const unverified = isUnverified(sample.verification, sample.column);
  const over = sample.exceedance > 1;
  return h('tr', { class: [over && 'exceeds', unverified && 'unverified'], 'data-testid': 'sample-row' },
    h('td', null, sample.parameterName || sample.parameter, h('span', { class: 'muted small' }, ` ${tCode('sample.medium', sample.medium)}`)),
    h('td', { class: 'num' }, formatNumber(sample.value, lang, 3)),
    h('td', null, sample.unit || ''),
    h('td', { class: 'num' }, limitText(sample, lang),
      unverified ? h('span', { class: 'unverified-mark', title: `${t('samples.unverified')}: ${verificationText(sample)}`, 'aria-label': t('samples.unverified') }, ' ⚠') : null),
    h('td', null, [sample.regulation, sample.column].filter(Boolean).join(' — ')),
    h('td', { class: 'num' }, over
      ? h('mark', { class: 'exceedance', 'data-testid': 'exceedance' }, formatFactor(sample.exceedance, lang))
      : formatFactor(sample.exceedance, lang)));
}

export function samplesTable(samples) {
  if (!samples?.length) return null;
  const lang = getLang();
  const notes = [...new Set(samples.filter((s) => isUnverified(s.verification, s.column))
    .map((s) => `${s.regulation || ''} ${s.column || ''}: ${verificationText(s)}`.trim()))];
  return h('div', { class: 'samples' },
    h('table', { class: 'samples-table' },
      h('thead', null, h('tr', null,
        ['samples.parameter', 'samples.value', 'samples.unit', 'samples.limit', 'samples.regulation', 'samples.exceedance']
          .map((key) => h('th', { scope: 'col' }, t(key))))),
      h('tbody', null, samples.map((sample) => row(sample, lang)))),
    notes.map((verification) => h('p', { class: 'small warn' }, t('samples.unverifiedNote', { verification }))));
}
