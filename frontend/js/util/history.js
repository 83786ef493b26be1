// Choosing which history entries to show: by type, in date order either way, a page at a time. Pure.
export const ENTRY_TYPES = ['violation', 'inspection', 'status', 'location'];

/** Oldest first; entries of the same date keep the order they arrived in. */
export function byDate(entries, order = 'asc') {
  const sorted = entries.map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.index - b.index))
    .map(({ entry }) => entry);
  return order === 'desc' ? sorted.reverse() : sorted;
}

/** {all: n, violation: n, inspection: n, status: n, location: n} */
export function countByType(entries) {
  const counts = { all: entries.length };
  for (const type of ENTRY_TYPES) counts[type] = entries.filter((entry) => entry.type === type).length;
  return counts;
}

/**
 * @param {object[]} entries
 * @param {{type?: string, order?: 'asc'|'desc', limit?: number}} options type 'all' or one of ENTRY_TYPES
 * @returns {{shown: object[], remaining: number}}
 */
export function selectEntries(entries, { type = 'all', order = 'asc', limit = Infinity } = {}) {
  const chosen = byDate(type === 'all' ? entries : entries.filter((entry) => entry.type === type), order);
  return { shown: chosen.slice(0, limit), remaining: Math.max(0, chosen.length - limit) };
}
