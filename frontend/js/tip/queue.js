// The tips queue in the map page, for those who handle tips: a commune its own, the province every commune's with
// their delays. A button on the map opens it in the side panel; a tip shows where it is and what may be done next.
import * as L from 'leaflet';
import { getLang, t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formatDate } from '../util/format.js';
import { urls } from '../urls.js';
import { refusalText } from './messages.js';
import { isOpen, queueQuery, tipActions } from './queue-logic.js';
import { confirmedLine, verifyWithEvidence } from '../evidence/tip-verify.js';

const date = (value) => formatDate(value, getLang());

function queuesTable(queues, onCommune) {
  if (!queues.length) return null;
  return h('table', { class: 'tip-queues', 'data-testid': 'tip-queues' },
    h('thead', null, h('tr', null, ['commune', 'open', 'overdue', 'oldest', 'meanClose']
      .map((key) => h('th', { scope: 'col' }, t(`tip.queue.column.${key}`))))),
    h('tbody', null, queues.map((q) => h('tr', null,
      h('td', null, h('button', { type: 'button', class: 'link-button', onClick: () => onCommune(q.communeCode) },
        q.communeName || q.communeCode)),
      h('td', null, String(q.open)), h('td', { class: q.overdue ? 'warn' : null }, String(q.overdue)),
      h('td', null, q.oldestOpenDays ?? '—'), h('td', null, q.meanDaysToClose ?? '—')))));
}

function tipCard(tip, { onAct, onShow, onContact, editSites, api }) {
  const contact = h('p', { class: 'tip-contact', 'data-testid': 'tip-contact-shown', hidden: true });
  const verify = verifyWithEvidence(tip, { api, onSubmit: onAct, open: isOpen(tip) });
  return h('li', { class: 'tip-item', 'data-testid': 'tip-item', 'data-tip-id': String(tip.id) },
    h('p', { class: 'tip-item-head' },
      h('span', { class: 'badge' }, tCode('tip.state', tip.status)),
      tip.overdue ? h('span', { class: 'badge badge-overdue' }, t('tip.queue.overdue')) : null,
      tip.officialsInvolved ? h('span', { class: 'badge' }, t('tip.queue.bypass')) : null,
      ` #${tip.id} · ${tip.communeName || tip.communeCode}`),
    h('p', null, tip.findings.map((code) => tCode('tip.finding', code)).join(', ')),
    h('p', { class: 'muted small' }, t('tip.queue.dates', { seen: date(tip.seenOn), due: date(tip.respondBy) }),
      tip.additions ? ` · ${t('tip.queue.additions', { n: tip.additions })}` : ''),
    tip.description ? h('p', { class: 'tip-text' }, tip.description) : null,
    tip.photos.length ? h('div', { class: 'tip-photos' }, tip.photos.map((sha) => h('a', { href: urls.tipPhoto(sha),
      target: '_blank', rel: 'noopener' }, h('img', { src: urls.tipPhoto(sha, 'thumb'), alt: t('tip.queue.photo'),
      loading: 'lazy', 'data-testid': 'tip-photo' })))) : null,
    tip.duplicateCandidates.length
      ? h('p', { class: 'warn small' }, t('tip.queue.candidates', { ids: tip.duplicateCandidates.map((id) => `#${id}`).join(', ') }))
      : null,
    confirmedLine(tip),
    h('div', { class: 'tip-actions' },
      h('button', { type: 'button', onClick: () => onShow(tip) }, t('tip.queue.show')),
      tipActions(tip, { editSites }).map((action) => h('button', { type: 'button', 'data-action': action.key,
        onClick: () => onAct(tip, action.change) }, t(`tip.queue.action.${action.key}`, { id: action.id }))),
      tip.hasContact ? h('button', { type: 'button', 'data-testid': 'tip-show-contact',
        onClick: async () => { contact.textContent = await onContact(tip); contact.hidden = false; } }, t('tip.queue.contact')) : null,
      verify?.button),
    verify?.box,
    contact);
}

/** @param {object} map Leaflet map; @param {{api: object, bus: object, access: object}} options */
export function mountTipQueue(map, { api, bus, access }) {
  const panel = h('section', { id: 'tip-panel', class: 'panel', 'data-testid': 'tip-panel', hidden: true, 'aria-live': 'polite' });
  document.getElementById('side').append(panel);
  const marker = L.circleMarker([0, 0], { radius: 10, color: '#b42318', weight: 3, fillOpacity: 0.2 });
  const filters = { commune: '', status: '', overdueOnly: false };
  const close = () => { panel.hidden = true; marker.remove(); };

  const render = async (notice = null) => {
    panel.hidden = false;
    const [queues, tips] = await Promise.all([api.tipQueues(), api.tips(queueQuery(filters))]);
    const act = async (tip, change) => {
      try {
        await api.changeTip(tip.id, tip.version, change);
        await render(t('tip.queue.saved', { id: tip.id }));
      } catch (error) {
        await render(refusalText(error));
      }
    };
    const show = (tip) => {
      marker.setLatLng([tip.lat, tip.lon]).addTo(map);
      map.setView([tip.lat, tip.lon], Math.max(map.getZoom(), 15));
    };
    const contact = async (tip) => (await api.tipContact(tip.id)).contact ?? t('tip.queue.noContact');
    const select = h('select', { 'aria-label': t('tip.queue.status'), onChange: (e) => { filters.status = e.target.value; render(); } },
      h('option', { value: '' }, t('tip.queue.anyStatus')),
      ['received', 'verifying', 'verified', 'unfounded', 'duplicate'].map((code) =>
        h('option', { value: code, selected: filters.status === code }, tCode('tip.state', code))));
    mount(panel,
      h('div', { class: 'panel-header' }, h('h2', { tabindex: '-1' }, t('tip.queue.title')),
        h('button', { type: 'button', class: 'panel-close', 'aria-label': t('tip.queue.close'), onClick: close }, '×')),
      notice ? h('p', { class: 'tip-notice', role: 'status' }, notice) : null,
      queuesTable(queues, (code) => { filters.commune = filters.commune === code ? '' : code; render(); }),
      h('div', { class: 'tip-filters' }, select,
        h('label', null, h('input', { type: 'checkbox', checked: filters.overdueOnly,
          onChange: (e) => { filters.overdueOnly = e.target.checked; render(); } }), ` ${t('tip.queue.overdueOnly')}`),
        filters.commune ? h('button', { type: 'button', onClick: () => { filters.commune = ''; render(); } },
          t('tip.queue.allCommunes')) : null),
      tips.length ? h('ul', { class: 'tip-list' }, tips.map((tip) => tipCard(tip, { onAct: act, onShow: show,
        onContact: contact, editSites: access.editSites, api })))
        : h('p', { class: 'muted' }, t('tip.queue.empty')),
      h('p', { class: 'muted small' }, t('tip.queue.open', { n: tips.filter(isOpen).length })));
  };

  const Button = L.Control.extend({ options: { position: 'topright' },
    onAdd: () => h('button', { type: 'button', class: 'tip-queue-button', 'data-testid': 'tip-queue-button',
      onClick: (event) => { L.DomEvent.stopPropagation(event); render().catch((error) => bus.emit('error', error)); } },
    t('tip.queue.button')) });
  new Button().addTo(map);
  ['site:selected', 'commune:selected', 'cell:selected', 'panel:closed'].forEach((type) => bus.on(type, close));
}
