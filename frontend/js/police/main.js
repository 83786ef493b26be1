// The police page: the watch list (filters, CSV/XLSX), the plan form, and the plan on the map with its files.
import * as L from 'leaflet';
import * as api from '../api.js';
import { applyLanguage, setMessages, t, tCode } from '../i18n.js';
import { LEAFLET_IMAGES, urls } from '../urls.js';
import { h, mount } from '../util/dom.js';
import { planRequest, policeUrls, signalTexts, stopLines, summaryParams, tomorrow } from './model.js';
import { areaControl } from './area-draw.js';
import { drawPlan } from './plan-layer.js';
import { mountCoverage, mountEffort } from '../patrol/reports.js';

const byId = (id) => document.getElementById(id);

function showError(error) {
  const toast = byId('police-toast');
  toast.textContent = error?.detail || String(error);
  toast.hidden = false;
}

async function saveFile(url) {
  const { blob, filename } = await api.download(url);
  const link = h('a', { href: URL.createObjectURL(blob), download: filename });
  document.body.append(link);
  link.click();
  link.remove();
}

function selectOf(name, options, { multiple = false, size } = {}) {
  return h('select', { name, id: `police-${name}`, multiple, size },
    options.map(([value, label]) => h('option', { value }, label)));
}

function field(labelKey, control) {
  return h('label', { class: 'police-field' }, h('span', {}, t(labelKey)), control);
}

function mountWatchList(el, { config, posts }) {
  const communes = selectOf('watch-communes', [['', t('police.watch.allCommunes')],
    ...posts.map((p) => [p.communeCode, p.communeName])]);
  const kind = selectOf('watch-kind', [['', t('police.watch.allKinds')],
    ...config.kinds.map((k) => [k, tCode('site.kind', k)])]);
  const limit = h('input', { type: 'number', name: 'limit', min: 1, max: 2000, value: 50 });
  const body = h('tbody', {});
  const absent = h('p', { class: 'police-note', 'data-testid': 'police-absent' });
  const filters = () => ({ communes: communes.value ? [communes.value] : [], kind: kind.value, limit: limit.value });
  async function show() {
    const list = await api.send(policeUrls.watchList(filters()), { method: 'GET', json: undefined })
      .catch(showError);
    if (!list) return;
    mount(absent, list.absentSignals.length
      ? t('police.watch.absent', { list: list.absentSignals.map((c) => t(`police.signal.${c}`)).join(', ') }) : '');
    mount(body, list.sites.length ? list.sites.map((site) => h('tr', { 'data-site': site.siteId },
      h('td', {}, site.rank),
      h('td', {}, h('strong', {}, site.name), h('br'), `${tCode('site.kind', site.kind)} · ${site.communeName ?? ''}`),
      h('td', { class: 'num' }, site.risk.toFixed(1)),
      h('td', {}, [...new Set(site.reasons.map((r) => t(`risk.code.${r.code}`)))].join(', ')),
      h('td', {}, signalTexts(site.signals, list.liveSignals, t).join('; '))))
      : h('tr', {}, h('td', { colspan: 5 }, t('police.watch.empty'))));
  }
  mount(el,
    h('h2', {}, t('police.watch.title')),
    h('form', { class: 'police-filters', onSubmit: (e) => { e.preventDefault(); show(); } },
      field('police.watch.communes', communes), field('police.watch.kind', kind), field('police.watch.limit', limit),
      h('button', { type: 'submit' }, t('police.watch.show')),
      h('button', { type: 'button', onClick: () => saveFile(policeUrls.watchList({ ...filters(), format: 'csv' })).catch(showError) },
        t('police.watch.csv')),
      h('button', { type: 'button', onClick: () => saveFile(policeUrls.watchList({ ...filters(), format: 'xlsx' })).catch(showError) },
        t('police.watch.xlsx'))),
    absent,
    h('div', { class: 'police-table-wrap' }, h('table', { class: 'police-table', 'data-testid': 'police-watchlist' },
      h('thead', {}, h('tr', {}, ['police.watch.rank', 'police.watch.site', 'police.watch.risk', 'police.watch.reasons',
        'police.watch.signals'].map((k) => h('th', {}, t(k))))),
      body)));
  show();
}

function mountPlanForm(el, { posts, today, map, result, canPlan }) {
  const communes = selectOf('plan-communes', posts.map((p) => [p.communeCode, p.communeName]),
    { multiple: true, size: 4 });
  const start = selectOf('plan-start', posts.map((p) => [p.communeCode, p.label]));
  communes.addEventListener('change', () => {
    if (communes.selectedOptions.length) start.value = communes.selectedOptions[0].value;
  });
  // or an area drawn on the map: it takes the communes' place while it is there
  const area = areaControl(map, { onChange: (geometry) => { communes.disabled = Boolean(geometry); } });
  const input = (name, attrs) => h('input', { name, id: `police-${name}`, ...attrs });
  const values = {
    date: input('date', { type: 'date', value: tomorrow(today), required: true }),
    hours: input('hours', { type: 'number', min: 0.25, max: 16, step: 0.25, value: 4 }),
    speedKmh: input('speed', { type: 'number', min: 1, max: 100, value: 25 }),
    minutesPerStop: input('per-stop', { type: 'number', min: 0, max: 240, value: 15 }),
    startTime: input('start-time', { type: 'time', value: '08:00' }),
    seed: input('seed', { type: 'number' }),
  };
  const button = h('button', { type: 'submit', 'data-testid': 'police-make-plan' }, t('police.plan.make'));
  async function make(event) {
    event.preventDefault();
    const post = posts.find((p) => p.communeCode === start.value);
    const chosen = [...communes.selectedOptions].map((o) => o.value);
    button.disabled = true;
    button.textContent = t('police.plan.making');
    try {
      const plan = await api.send(policeUrls.plans(), { json: planRequest({
        date: values.date.value, communes: chosen, area: area.geometry(), post, hours: values.hours.value, speedKmh: values.speedKmh.value,
        minutesPerStop: values.minutesPerStop.value, startTime: values.startTime.value, seed: values.seed.value }) });
      showPlan(plan, { map, result });
    } catch (error) {
      showError(error);
    } finally {
      button.disabled = false;
      button.textContent = t('police.plan.make');
    }
  }
  mount(el, h('h2', {}, t('police.plan.title')), canPlan ? h('form', { class: 'police-plan-form', onSubmit: make },
    field('police.plan.date', values.date), field('police.plan.communes', communes), area.el,
    field('police.plan.start', start),
    field('police.plan.hours', values.hours), field('police.plan.speed', values.speedKmh),
    field('police.plan.perStop', values.minutesPerStop), field('police.plan.startTime', values.startTime),
    field('police.plan.seed', values.seed), button) : null);
}

function showPlan(plan, { map, result }) {
  drawPlan(map, plan, { t, stopLines });
  mount(result,
    h('p', { 'data-testid': 'police-plan-summary' }, t('police.plan.summary', summaryParams(plan))),
    h('p', { class: 'police-files' },
      h('a', { href: policeUrls.pdf(plan.id), target: '_blank', 'data-testid': 'police-plan-pdf' }, t('police.plan.pdf')),
      ' · ',
      h('a', { href: policeUrls.gpx(plan.id), 'data-testid': 'police-plan-gpx' }, t('police.plan.gpx')),
      ' · ',
      h('a', { href: urls.patrolPhone(plan.id), 'data-testid': 'police-plan-phone' }, t('patrol.phone.follow'))),
    plan.stops.length ? h('ol', { class: 'police-stops', 'data-testid': 'police-stops' }, plan.stops.map((stop) => {
      const lines = stopLines(stop, t);
      return h('li', {}, h('strong', {}, stop.name), ` · ${lines.arrival}`, h('br'), lines.reasons.join(', '),
        h('br'), h('em', {}, `${t('police.plan.checks')}: ${lines.checks.join('; ')}`));
    })) : h('p', {}, t('police.plan.noStops')));
}

async function start() {
  const [me, config, vi, en] = await Promise.all([api.me(), api.config(), api.messages('vi'), api.messages('en')]);
  setMessages('vi', vi);
  setMessages('en', en);
  const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'vi';
  applyLanguage(lang);
  if (!me.authenticated || !me.can.includes('data')) {
    window.location.assign('/');
    return;
  }
  const posts = await api.send(policeUrls.posts(), { method: 'GET', json: undefined });
  L.Icon.Default.imagePath = LEAFLET_IMAGES;
  const map = L.map(byId('police-map'), { zoomSnap: 0 });
  const [minLon, minLat, maxLon, maxLat] = config.province.bbox;
  map.fitBounds([[minLat, minLon], [maxLat, maxLon]]);
  if (config.baseMap?.url) {
    L.tileLayer(config.baseMap.url, { attribution: config.baseMap.attribution || '', maxZoom: 19 }).addTo(map);
  }
  api.communes(config.defaultPeriod).then((communes) => L.geoJSON(communes, {
    style: { color: '#777', weight: 1, fill: false }, interactive: false }).addTo(map)).catch(() => {});
  const today = new Date().toISOString().slice(0, 10);
  mountWatchList(byId('police-watch'), { config, posts });
  mountCoverage(byId('police-coverage'), { api }).catch(showError);
  mountEffort(byId('police-effort'), { api, month: today.slice(0, 7) }).catch(showError);
  mountPlanForm(byId('police-plan'), { posts, today, map, result: byId('police-result'),
    canPlan: me.can.includes('planPatrols') });
  const planId = new URLSearchParams(window.location.search).get('plan');
  if (planId) showPlan(await api.send(policeUrls.plan(planId), { method: 'GET', json: undefined }), { map, result: byId('police-result') });
  document.body.dataset.ready = 'true';
}

start().catch(showError);
