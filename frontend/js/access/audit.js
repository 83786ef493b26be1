// Rows of a record's audit trail as the site panel lists them. Pure: the language is an argument.
const ZONE = 'Asia/Ho_Chi_Minh';
const LOCALES = { vi: 'vi-VN', en: 'en-GB' };

/** "2026-11-23T11:43:05Z" → "23/11/2026 18:43" (vi) / "23 Nov 2026 18:43" (en), in Vietnam's time. */
export function formatDateTime(value, lang) {
  const date = new Date(value);
  if (!value || Number.isNaN(date.getTime())) return value ?? '—';
  const parts = Object.fromEntries(new Intl.DateTimeFormat(LOCALES[lang] || LOCALES.vi, {
    day: '2-digit', month: lang === 'en' ? 'short' : '2-digit', year: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE,
  }).formatToParts(date).map((part) => [part.type, part.value]));
  const day = lang === 'en' ? `${parts.day} ${parts.month} ${parts.year}` : `${parts.day}/${parts.month}/${parts.year}`;
  return `${day} ${parts.hour}:${parts.minute}`;
}

const parse = (json) => {
  if (json === null || json === undefined || json === '') return null;
  if (typeof json === 'object') return json;
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
};

/** The top-level fields whose value differs between two snapshots (JSON text or objects), sorted. */
export function changedFields(before, after) {
  const a = parse(before);
  const b = parse(after);
  if (!a || !b) return [];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

/**
 * @param {object} event one event of GET /api/v1/audit
 * @returns {{seq: number, time: string, actor: string, role: string, action: string, fields: string[]}}
 *          role and action are codes, for tCode('role', …) and tCode('audit.action', …)
 */
export function auditRow(event, lang) {
  const viewed = event.action === 'site.view_confidential' ? parse(event.after)?.fields : null;
  return {
    seq: event.seq,
    time: formatDateTime(event.occurredAt, lang),
    actor: event.actor || '—',
    role: event.role || '',
    action: event.action,
    fields: Array.isArray(viewed) ? viewed : changedFields(event.before, event.after),
  };
}
