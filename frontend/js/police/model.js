// The police page's pure logic: request bodies, URLs, and the words a plan and a watch-list row show.
import { withQuery } from '../urls.js';

const API = '/api/v1';

export const policeUrls = {
  watchList: ({ communes = [], kind = '', limit = 100, format = '' } = {}) =>
    withQuery(`${API}/police/watchlist`, { communes, kind, limit, format }),
  posts: () => `${API}/police/posts`,
  plans: () => `${API}/patrol-plans`,
  plan: (id) => `${API}/patrol-plans/${encodeURIComponent(id)}`,
  pdf: (id) => `${API}/patrol-plans/${encodeURIComponent(id)}/pdf`,
  gpx: (id) => `${API}/patrol-plans/${encodeURIComponent(id)}/gpx`,
};

const number = (value) => (value === '' || value === null || value === undefined ? undefined : Number(value));

/**
 * The body of POST /patrol-plans from the form's values: the area is the polygon drawn on the map when there is one,
 * else the communes chosen (the service takes one or the other); the start is the chosen post's point; empty
 * optional fields are left out so the service's defaults apply.
 */
export function planRequest({ date, communes, area = null, post, hours, speedKmh, minutesPerStop, startTime, seed }) {
  const body = {
    date,
    ...(area ? { area } : { communes: [...communes] }),
    start: { type: 'Point', coordinates: [post.lon, post.lat] },
    startLabel: post.label,
  };
  const optional = { hours: number(hours), speedKmh: number(speedKmh), minutesPerStop: number(minutesPerStop),
    seed: number(seed), startTime: startTime || undefined };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined && !Number.isNaN(value)) body[key] = value;
  }
  return body;
}

/** The day after `today` (an ISO date), the usual day to plan for. */
export function tomorrow(today) {
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The numbers of the plan's one-line summary (police.plan.summary). */
export function summaryParams(plan) {
  return {
    id: plan.id,
    stops: plan.stops.length,
    km: (plan.totalDistanceMeters / 1000).toFixed(1),
    minutes: Math.round(plan.totalMinutes),
    risk: plan.riskCovered.toFixed(1),
    share: Math.round(plan.riskShare * 100),
  };
}

/** A watch-list row's signals as short texts, in the order the service lists the live ones. */
export function signalTexts(signals, live, t) {
  const texts = [];
  for (const code of live) {
    if (!(code in signals)) continue;
    const value = signals[code];
    const name = t(`police.signal.${code}`);
    if (value === true) texts.push(name);
    else if (code.startsWith('daysSince')) texts.push(`${name}: ${t('police.watch.days', { n: value })}`);
    else texts.push(`${name}: ${value}`);
  }
  return texts;
}

/** What a stop's popup says: its number and name, arrival, reasons and what to check. */
export function stopLines(stop, t) {
  return {
    title: t('police.plan.stop', { n: stop.order, name: stop.name }),
    arrival: t('police.plan.arrival', { time: String(stop.arrival).slice(0, 5) }),
    reasons: [...new Set(stop.reasons.map((r) => t(`risk.code.${r.code}`)))],
    checks: stop.checks.map((c) => t(`police.check.${c}`)),
  };
}
