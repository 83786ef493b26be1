// The tip form's rules, without the DOM (Node tests: frontend/test/tip.test.js).

export const FINDINGS = ['working', 'smoke_or_smell', 'wastewater_discharge', 'scrap_stockpiled', 'scrap_brought_in',
  'equipment_removed', 'nobody_there'];

export const TIP_STATUSES = ['received', 'verifying', 'verified', 'unfounded', 'duplicate'];

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PHONE = /^\+?[0-9][0-9 .()-]{6,18}[0-9]$/;
const EMAIL = /^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s.]{2,}$/;

/** A typed reference code as the service shows it (XXXX-XXXX-XXXX), read leniently; null when it cannot be one. */
export function formatReference(typed) {
  const code = String(typed ?? '').toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== 12 || [...code].some((c) => !ALPHABET.includes(c))) return null;
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** Today's date (YYYY-MM-DD) in the province's time zone, whatever the phone's. */
export function todayIn(zone = 'Asia/Ho_Chi_Minh', now = new Date()) {
  // from the parts, not a locale's layout: a Node or browser without full locale data formats 'en-CA' as en-US
  const parts = new Intl.DateTimeFormat('en', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now);
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export const contactLooksRight = (contact) => PHONE.test(contact.trim()) || EMAIL.test(contact.trim());

/**
 * The draft's problems by field, as message keys: {position, findings, seenOn, contact}. Empty when it may be sent.
 * @param {{position?: {lon: number, lat: number}|null, findings: string[], seenOn: string, anonymous: boolean,
 *          contact?: string}} draft
 */
export function problemsOf(draft, today) {
  const problems = {};
  if (!draft.position) problems.position = 'tip.problem.position';
  if (!draft.findings?.length) problems.findings = 'tip.problem.findings';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.seenOn || '')) problems.seenOn = 'tip.problem.seenOn';
  else if (draft.seenOn > today) problems.seenOn = 'tip.problem.seenOnFuture';
  if (!draft.anonymous && !contactLooksRight(draft.contact || '')) problems.contact = 'tip.problem.contact';
  return problems;
}

/** The request body of POST /api/v1/tips; an anonymous draft sends no contact, whatever was typed before. */
export function payloadOf(draft) {
  const body = {
    position: { lon: round(draft.position.lon, 6), lat: round(draft.position.lat, 6) },
    findings: FINDINGS.filter((code) => draft.findings.includes(code)),
    seenOn: draft.seenOn,
    officialsInvolved: Boolean(draft.officialsInvolved),
  };
  if (draft.position.accuracy) body.position.accuracy = Math.round(draft.position.accuracy);
  if (draft.description?.trim()) body.description = draft.description.trim();
  if (!draft.anonymous && draft.contact?.trim()) body.contact = draft.contact.trim();
  if (draft.siteId) body.siteId = draft.siteId;
  if (draft.sameAs) body.sameAs = draft.sameAs;
  return body;
}

function round(value, digits) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Whether the public status page should offer to add information (any tip may take more). */
export const openStatus = (status) => status === 'received' || status === 'verifying';
