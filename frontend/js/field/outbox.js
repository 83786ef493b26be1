// The phone's observations: waiting to be sent, sent (with the service's number), or refused with the reason.
import { getLang, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { waitingCount } from './queue.js';
import { formatSavedAt } from './snapshot.js';

function stateText(item) {
  if (item.state === 'sent') {
    const sent = t('field.outbox.sent', { id: item.result?.id ?? '' });
    // the service flags an observation made far from the site it is filed against
    return item.result?.far ? `${sent} · ${t('field.outbox.far', { m: Math.round(item.result.distanceM) })}` : sent;
  }
  if (item.state === 'failed') return t('field.outbox.failed', { reason: item.error?.message || item.error?.status });
  if (item.error?.status === 401) return t('field.outbox.signIn');
  return t('field.outbox.waiting');
}

/** The session ended with observations waiting: say so, and the button that signs in again (back to /field). */
function signInAgain(waiting, onSignIn) {
  return h('div', { class: 'field-session', role: 'alert', 'data-testid': 'field-sign-in-again' },
    h('p', null, t('field.session.ended', { n: waiting, count: waiting })),
    h('button', { type: 'button', class: 'field-button', 'data-testid': 'field-sign-in-again-button', onClick: onSignIn },
      t('field.session.signIn')));
}

/**
 * @param {HTMLElement} el
 * @param {object[]} items the queue's items, oldest first
 * @param {{online: boolean, signedOut?: boolean, onSend: Function, onRetry: Function, onDiscard: Function,
 *          onSignIn?: Function}} actions signedOut: the service said the session has ended
 */
export function renderOutbox(el, items, { online, signedOut = false, onSend, onRetry, onDiscard, onSignIn }) {
  el.hidden = !items.length;
  const waiting = waitingCount(items);
  mount(el,
    signedOut && waiting && onSignIn ? signInAgain(waiting, onSignIn) : null,
    h('div', { class: 'field-outbox-head' },
      h('h2', null, t('field.outbox.title')),
      waiting ? h('span', { class: 'field-chip field-chip-waiting', 'data-testid': 'field-waiting-count' },
        t('field.outbox.waitingCount', { n: waiting, count: waiting })) : null,
      waiting && online && !signedOut ? h('button', { type: 'button', class: 'field-button field-button-secondary', 'data-testid': 'field-send-now',
        onClick: onSend }, t('field.outbox.sendNow')) : null),
    h('ul', { class: 'field-items' }, [...items].reverse().map((item) => h('li', {
      class: `field-item field-item-${item.state}`, 'data-testid': 'field-item', 'data-state': item.state, 'data-key': item.key,
      'data-observation-id': item.result?.id ?? null },
    h('span', { class: 'field-item-name' }, item.siteName),
    h('span', { class: 'field-muted' }, formatSavedAt(item.observation?.observedAt ?? item.createdAt, getLang()),
      ' · ', t('field.outbox.photos', { n: item.photos?.length || item.photoCount || 0, count: item.photos?.length || item.photoCount || 0 })),
    h('span', { class: 'field-item-state', 'data-testid': 'field-item-state' }, stateText(item)),
    item.state === 'failed' ? h('span', { class: 'field-item-actions' },
      h('button', { type: 'button', class: 'field-button field-button-secondary', onClick: () => onRetry(item.key) }, t('field.outbox.retry')),
      h('button', { type: 'button', class: 'field-button field-button-secondary', onClick: () => onDiscard(item.key) }, t('field.outbox.discard')))
      : null))));
}
