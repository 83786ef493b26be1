// In the tips queue: the records that confirmed a tip, and verifying a tip with them. A handler ticks the observations,
// inspections or status changes of the tip's site that confirmed it (from the site's history); the PATCH links them.
import { getLang, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formatDate } from '../util/format.js';
import { confirmationChoices, confirmationsFrom } from './evidence-logic.js';

const label = (kind, id) => t(`evidence.tip.kind.${kind}`, { id });

/** "Confirmed by: field observation no. 12, inspection no. 5", or nothing. */
export function confirmedLine(tip) {
  const linked = tip.confirmations || [];
  if (!linked.length) return null;
  return h('p', { class: 'small', 'data-testid': 'tip-confirmed' },
    t('evidence.tip.confirmedBy', { list: linked.map((c) => label(c.kind, c.id)).join(', ') }));
}

/**
 * The "verify with evidence" button of a tip that has a site, and the list it opens.
 * @param {(tip: object, change: object) => Promise<void>} onSubmit sends the PATCH (the queue's own)
 */
export function verifyWithEvidence(tip, { api, onSubmit, open }) {
  const site = tip.siteId ?? tip.reportedSiteId;
  if (!site || !(open || tip.status === 'verified')) return null;
  const box = h('div', { class: 'tip-verify', 'data-testid': 'tip-verify', hidden: true });
  const show = async () => {
    box.hidden = false;
    mount(box, h('p', { class: 'muted small' }, t('evidence.picker.loading')));
    const history = await api.siteHistory(site);
    const linked = new Set((tip.confirmations || []).map((c) => `${c.kind}:${c.id}`));
    const choices = confirmationChoices(history.entries).filter((c) => !linked.has(`${c.kind}:${c.id}`));
    if (!choices.length) return mount(box, h('p', { class: 'muted small' }, t('evidence.tip.none', { id: site })));
    const ticks = {};
    return mount(box,
      h('fieldset', { class: 'form-group' }, h('legend', null, t('evidence.tip.legend', { id: site })),
        choices.map((c) => h('label', { class: 'evidence-choice', 'data-testid': 'tip-confirmation-choice' },
          h('input', { type: 'checkbox', value: `${c.kind}:${c.id}`,
            onChange: (e) => { ticks[e.target.value] = e.target.checked; } }),
          ` ${label(c.kind, c.id)} · ${formatDate(c.date, getLang())}`))),
      h('button', { type: 'button', 'data-testid': 'tip-verify-submit', onClick: () => {
        const confirmations = confirmationsFrom(ticks, tip.confirmations);
        const change = tip.status === 'verified' ? { confirmations }
          : { status: 'verified', siteId: site, confirmations };
        return onSubmit(tip, change);
      } }, t('evidence.tip.submit')));
  };
  const button = h('button', { type: 'button', 'data-action': 'verifiedEvidence',
    onClick: () => (box.hidden ? show() : (box.hidden = true)) }, t('evidence.tip.open', { id: site }));
  return { button, box };
}
