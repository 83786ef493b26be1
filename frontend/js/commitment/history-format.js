// A signed commitment as an entry of a site's history: the rows it shows. Pure (the words come from the bundles).
import { t, tCode } from '../i18n.js';
import { formatDate } from '../util/format.js';

/** What was promised, one text per promise, the relocation with its date. */
export function promiseTexts(entry, lang) {
  return (entry.promises || []).map((code) => (code === 'relocate_to_cluster' && entry.relocateBy
    ? t('commitment.promise.relocateBy', { date: formatDate(entry.relocateBy, lang) })
    : tCode('commitment.promise', code)));
}

/** [label, value] rows: the signer's role (the name is in the commitments section), promises, end, witness. */
export function commitmentHistoryRows(entry, lang) {
  return [
    [t('commitment.field.signerRole'), tCode('commitment.role', entry.signerRole)],
    [t('commitment.field.promises'), promiseTexts(entry, lang).join('; ')],
    [t('commitment.field.validUntil'), entry.validUntil ? formatDate(entry.validUntil, lang) : null],
    [t('commitment.field.witness'), entry.witnessedBy],
    [t('commitment.scan.hash'), entry.scanSha256 || null],
  ];
}
