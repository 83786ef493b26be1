// The stop to go to next, on a phone: where it is and why, a link that opens the navigation app, what was found and
// the two outcomes. Also the plan's stops as a short list.
import { t, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { geoUri } from './stops.js';

// a reason is a risk reason {code, contribution, date}; a check is a sentence already in the plan's language
const reasonText = (reason) => (typeof reason === 'string' ? reason : reason?.code ? tCode('risk.code', reason.code) : '');

/**
 * Where the observation made at the stop is: none yet, waiting on the phone, sent (with the service's number), or
 * refused (the outbox of observations below says why).
 * @param {{state: string, result?: {id: number}}|null} observation
 */
export function observationLine(observation) {
  const state = observation?.state ?? 'none';
  const text = state === 'none' ? t('patrol.observation.none')
    : state === 'sent' ? t('patrol.observation.sent', { id: observation.result?.id ?? '' })
      : state === 'waiting' ? t('patrol.observation.waiting')
        : t('patrol.observation.notSent');
  return h('p', { class: `patrol-observation patrol-observation-${state}`, 'data-testid': 'patrol-observation',
    'data-state': state, 'data-observation-id': observation?.result?.id ?? null }, text);
}

/**
 * @param {{stop: object, total: number, observation: object|null, found?: string, onFound?: (text: string) => void,
 *          onObserve: () => void, onOutcome: (outcome: string, found: string) => void}} options
 *   observation: the outbox item of the observation made at this stop (null: none yet)
 */
export function stopCard({ stop, total, observation, found: typed = '', onFound = () => {}, onObserve, onOutcome }) {
  const found = h('textarea', { id: 'patrol-found', rows: 3, maxlength: 2000, 'data-testid': 'patrol-found',
    onInput: (event) => onFound(event.target.value) });
  found.value = typed;
  const reasons = (stop.reasons ?? []).map(reasonText).filter(Boolean);
  const checks = (stop.checks ?? []).map(reasonText).filter(Boolean);
  return h('article', { class: 'patrol-stop', 'data-testid': 'patrol-next-stop', 'data-order': stop.order },
    h('p', { class: 'patrol-stop-number' }, t('patrol.phone.stopOf', { n: stop.order, total })),
    h('h2', { class: 'patrol-stop-name' }, stop.siteName),
    stop.arrival ? h('p', null, t('patrol.phone.arrival', { time: String(stop.arrival).slice(0, 5) })) : null,
    reasons.length ? h('ul', { class: 'patrol-reasons' }, reasons.map((r) => h('li', null, r))) : null,
    checks.length ? [h('p', { class: 'patrol-label' }, t('patrol.phone.checks')),
      h('ul', { class: 'patrol-checks' }, checks.map((c) => h('li', null, c)))] : null,
    h('a', { class: 'form-button patrol-navigate', href: geoUri(stop), 'data-testid': 'patrol-navigate' },
      t('patrol.phone.navigate')),
    h('label', { for: 'patrol-found', class: 'patrol-label' }, t('patrol.phone.found')),
    found,
    // one observation per stop: the outcome cites it
    observation && !['failed', 'gone'].includes(observation.state) ? null : h('button', { type: 'button', class: 'form-button', 'data-testid': 'patrol-observe',
      onClick: onObserve }, t('patrol.observation.record')),
    observationLine(observation),
    h('div', { class: 'patrol-outcomes' },
      h('button', { type: 'button', class: 'form-button primary', 'data-testid': 'patrol-visited',
        onClick: () => onOutcome('visited', found.value) }, t('patrol.phone.visited')),
      h('button', { type: 'button', class: 'form-button', 'data-testid': 'patrol-not-reachable',
        onClick: () => onOutcome('not_reachable', found.value) }, t('patrol.phone.notReachable'))));
}

/** The plan's stops in order, each marked with its outcome once it has one. */
export function stopList(stops) {
  return h('ol', { class: 'patrol-stop-list', 'data-testid': 'patrol-stop-list' },
    stops.map((stop) => h('li', { 'data-outcome': stop.outcome?.outcome ?? 'none' },
      stop.siteName, ' ',
      h('span', { class: 'patrol-outcome' },
        stop.outcome ? t(`patrol.outcome.${stop.outcome.outcome}`) : t('patrol.outcome.none')))));
}
