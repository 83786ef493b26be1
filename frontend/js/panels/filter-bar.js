// Filter bar: kinds, trade, statuses, period (months), name search. Emits 'filters:changed' with all of them.
import { t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { monthEnd, monthOf, monthStart } from '../util/format.js';

const SEARCH_DELAY_MS = 350;

function multiSelect({ name, label, prefix, codes, chosen, onChange }) {
  const summary = () => (chosen.length ? t('filter.selected', { n: chosen.length }) : t('filter.all'));
  const summaryValue = h('span', { class: 'multi-value' }, summary());
  const boxes = codes.map((code) => h('label', { class: 'multi-option' },
    h('input', {
      type: 'checkbox', name, value: code, checked: chosen.includes(code),
      onChange: (event) => {
        const next = event.target.checked ? [...chosen, code] : chosen.filter((c) => c !== code);
        chosen = codes.filter((c) => next.includes(c));
        summaryValue.textContent = summary();
        onChange(chosen);
      },
    }), tCode(prefix, code)));
  return h('details', { class: 'multi', 'data-testid': `filter-${name}` },
    h('summary', null, h('span', { class: 'filter-label' }, label), summaryValue),
    h('div', { class: 'multi-options' }, boxes));
}

function field(label, control) {
  return h('label', { class: 'field' }, h('span', { class: 'filter-label' }, label), control);
}

function render(el, { config, filters, update }) {
  let timer = null;
  // the data range, widened to the current period so its months stay selectable
  const range = {
    min: [monthOf(config.dataRange?.from), monthOf(filters.from)].filter(Boolean).sort()[0] || '',
    max: [monthOf(config.dataRange?.to), monthOf(filters.to)].filter(Boolean).sort().pop() || '',
  };
  const month = (key, edge) => h('input', {
    type: 'month', value: monthOf(filters[key]), 'data-testid': `filter-${key}`,
    min: key === 'to' ? monthOf(filters.from) : range.min,
    max: key === 'from' ? monthOf(filters.to) : range.max,
    onChange: (event) => {
      if (!event.target.value) return;
      const other = el.querySelector(`[data-testid=filter-${key === 'from' ? 'to' : 'from'}]`);
      if (other) other[key === 'from' ? 'min' : 'max'] = event.target.value;
      update({ [key]: edge(event.target.value) });
    },
  });
  const search = h('input', {
    type: 'search', value: filters.q, placeholder: t('filter.q.placeholder'), 'data-testid': 'filter-q',
    onInput: (event) => {
      clearTimeout(timer);
      timer = setTimeout(() => update({ q: event.target.value.trim() }), SEARCH_DELAY_MS);
    },
    onKeydown: (event) => {
      if (event.key !== 'Enter') return;
      clearTimeout(timer);
      update({ q: event.target.value.trim() });
    },
  });
  const trade = h('select', { 'data-testid': 'filter-trade', onChange: (event) => update({ trade: event.target.value }) },
    h('option', { value: '' }, t('filter.trade.all')),
    config.trades.map((code) => h('option', { value: code, selected: code === filters.trade }, tCode('site.trade', code))));
  mount(el,
    h('h2', { class: 'visually-hidden' }, t('filter.title')),
    field(t('filter.q'), search),
    multiSelect({ name: 'kind', label: t('filter.kind'), prefix: 'site.kind', codes: config.kinds, chosen: filters.kind,
      onChange: (kind) => update({ kind }) }),
    field(t('filter.trade'), trade),
    multiSelect({ name: 'status', label: t('filter.status'), prefix: 'site.status', codes: config.statuses, chosen: filters.status,
      onChange: (status) => update({ status }) }),
    field(t('filter.from'), month('from', monthStart)),
    field(t('filter.to'), month('to', monthEnd)),
    h('button', { type: 'button', class: 'reset', 'data-testid': 'filter-reset', onClick: () => update(null) }, t('filter.reset')));
}

/**
 * @param {{bus: object, config: object, initial: {kind: string[], trade: string, status: string[], from: string, to: string, q: string}}} options
 */
export function mountFilterBar(el, { bus, config, initial }) {
  const defaults = { kind: [], trade: '', status: [], q: '', from: config.defaultPeriod.from, to: config.defaultPeriod.to };
  let filters = { ...initial };
  const options = { config, get filters() { return filters; } };
  options.update = (patch) => {
    filters = patch ? { ...filters, ...patch } : { ...defaults };
    if (!patch) render(el, options);
    bus.emit('filters:changed', { ...filters });
  };
  bus.on('lang:changed', () => render(el, options));
  // the kind and status drop-downs close when the user clicks elsewhere or presses Escape
  const closeOpen = (keep) => el.querySelectorAll('details[open]').forEach((d) => d !== keep && (d.open = false));
  document.addEventListener('click', (event) => closeOpen(event.target.closest?.('details')));
  document.addEventListener('keydown', (event) => event.key === 'Escape' && closeOpen(null));
  render(el, options);
}
