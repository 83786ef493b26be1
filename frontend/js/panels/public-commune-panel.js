// Side panel of one commune on the public map: only what the public layer carries (no history request).
import { getLang, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formatDate, formatNumber, formatVnd } from '../util/format.js';
import { panelHeader, totals } from './parts.js';
import { publicNotice } from './public-site-panel.js';

function render(el, { feature, period, bus }) {
  const p = feature.properties;
  const lang = getLang();
  mount(el,
    panelHeader(p.fullName || p.name, () => bus.emit('panel:closed')),
    h('p', { class: 'muted' }, t('commune.period', { from: formatDate(period.from, lang), to: formatDate(period.to, lang) })),
    publicNotice(),
    totals([
      [t('public.totals.violations'), formatNumber(p.violations ?? 0, lang)],
      [t('totals.fines'), formatVnd(p.finesVnd ?? 0, getLang())],
      [t('totals.sites'), formatNumber(p.sites ?? 0, lang)],
    ], { 'data-testid': 'commune-totals' }));
  el.dataset.communeCode = String(feature.id);
}

/** Opens on 'commune:selected' with the feature data.commune(code) kept from the public layer. */
export function mountPublicCommunePanel(el, { data, bus, period: initialPeriod }) {
  let period = initialPeriod;
  let code = null;

  function open(next) {
    code = next;
    const feature = data.commune(code);
    el.hidden = !feature;
    if (feature) render(el, { feature, period, bus });
  }

  function close() {
    code = null;
    el.hidden = true;
    mount(el);
  }

  bus.on('commune:selected', (detail) => open(detail.code));
  bus.on('site:selected', close);
  bus.on('panel:closed', close);
  bus.on('lang:changed', () => code && open(code));
  // the layer reloads with the period; reopen once it has the new counts
  bus.on('filters:changed', ({ from, to }) => {
    period = { from, to };
  });
  bus.on('communes:loaded', () => code && open(code));
}
