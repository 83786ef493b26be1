// Choosing which history entries to show: by kind and member, newest first by default, members' registrations
// folded into one line, a page at a time. Pure.

/** The kinds the page knows, in the order of their filter buttons; other kinds the service sends follow them. */
export const ENTRY_TYPES = ['violation', 'inspection', 'status', 'location'];

/** Newest first by default; entries of one date come in the order they arrived in, reversed when newest first. */
export function byDate(entries, order = 'desc') {
  const sorted = entries.map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.index - b.index))
    .map(({ entry }) => entry);
  return order === 'desc' ? sorted.reverse() : sorted;
}

/** The kinds present, known ones first in ENTRY_TYPES' order, then any other in the order met. */
export function typesOf(entries) {
  const present = [...new Set(entries.map((entry) => entry.type))];
  return [...ENTRY_TYPES.filter((type) => present.includes(type)), ...present.filter((type) => !ENTRY_TYPES.includes(type))];
}

/** {all: n, violation: n, inspection: n, status: n, …any other kind present} */
export function countByType(entries) {
  const counts = { all: entries.length };
  for (const type of [...ENTRY_TYPES, ...typesOf(entries)]) counts[type] = entries.filter((entry) => entry.type === type).length;
  return counts;
}

/** A site's entry in its register: the first status, with no status before it. */
export const isRegistration = (entry) => entry.type === 'status' && !entry.oldStatus;

/** The members met in the entries, by name: [{id, name}] (the site itself left out). */
export function membersOf(entries, siteId) {
  const members = new Map();
  for (const entry of entries) {
    if (entry.siteId !== undefined && entry.siteId !== siteId && !members.has(entry.siteId)) {
      members.set(entry.siteId, entry.siteName ?? String(entry.siteId));
    }
  }
  return [...members].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** The entries of one member (its id), of the site itself ('self') or of all ('all'). */
export function ofMember(entries, member, siteId) {
  if (member === 'all') return entries;
  if (member === 'self') return entries.filter((entry) => entry.siteId === undefined || entry.siteId === siteId);
  return entries.filter((entry) => String(entry.siteId) === String(member));
}

/**
 * The members' registrations, when there are two or more, become one row {fold: true, entries, date, since} where
 * the newest of them would be; every other entry is a row {entry}.
 */
export function foldRegistrations(entries, siteId) {
  const folded = entries.filter((entry) => isRegistration(entry) && entry.siteId !== undefined && entry.siteId !== siteId);
  if (folded.length < 2) return entries.map((entry) => ({ entry }));
  const dates = folded.map((entry) => entry.date).sort();
  const fold = { fold: true, entries: folded, date: dates[dates.length - 1], since: dates[0] };
  const rows = [];
  let placed = false;
  for (const entry of entries) {
    if (!folded.includes(entry)) rows.push({ entry });
    else if (!placed) {
      rows.push(fold);
      placed = true;
    }
  }
  return rows;
}

/**
 * @param {object[]} entries
 * @param {{type?: string, member?: string|number, order?: 'asc'|'desc', limit?: number, siteId?: number,
 *          fold?: boolean}} options type 'all' or a kind; member 'all', 'self' (the site's own) or a member's id
 * @returns {{shown: object[], rows: object[], remaining: number}} shown: the entries (folded ones included) of the
 *          rows on the page; rows: {entry} or {fold, entries, date, since}
 */
export function selectEntries(entries, { type = 'all', member = 'all', order = 'desc', limit = Infinity, siteId, fold = true } = {}) {
  const chosen = byDate(ofMember(entries, member, siteId).filter((entry) => type === 'all' || entry.type === type), order);
  const all = fold ? foldRegistrations(chosen, siteId) : chosen.map((entry) => ({ entry }));
  const rows = all.slice(0, limit);
  return { shown: rows.flatMap((row) => (row.fold ? row.entries : [row.entry])), rows, remaining: Math.max(0, all.length - limit) };
}
