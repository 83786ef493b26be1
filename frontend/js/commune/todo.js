// A commune's to-do list grouped for the page, and the neighbours to outline. Pure.

/** The groups of the list, in the order shown; the service sends its items in this order too. */
export const TODO_KINDS = ['deadline-overdue', 'deadline-soon', 'reactivation-suspected', 'check-suspended', 'check-committed'];

/**
 * Items of one or more communes' lists → [{kind, items}] in TODO_KINDS' order (kinds the page does not know last),
 * each group in the order the service gave, a site listed once per kind and group.
 */
export function groupTodo(lists) {
  const groups = new Map();
  for (const list of lists) {
    for (const item of list.items || []) {
      if (!groups.has(item.kind)) groups.set(item.kind, []);
      groups.get(item.kind).push({ ...item, communeName: list.name });
    }
  }
  const rank = (kind) => (TODO_KINDS.includes(kind) ? TODO_KINDS.indexOf(kind) : TODO_KINDS.length);
  return [...groups].sort(([a], [b]) => rank(a) - rank(b)).map(([kind, items]) => ({ kind, items }));
}

/** The codes of the communes around the user's own: neighbours of any of them that are not theirs. */
export function neighbourCodes(lists, own) {
  const mine = new Set(own.map(String));
  const codes = new Set();
  for (const list of lists) for (const n of list.neighbours || []) if (!mine.has(String(n.code))) codes.add(String(n.code));
  return [...codes].sort();
}

/** +3 → "in 3 days", −5 → "5 days ago", 0 → "today": the key and the number of days for t(). */
export function daysPhrase(days) {
  if (days === null || days === undefined) return null;
  if (days === 0) return { key: 'communeView.days.today', n: 0 };
  return days > 0 ? { key: 'communeView.days.in', n: days } : { key: 'communeView.days.ago', n: -days };
}
