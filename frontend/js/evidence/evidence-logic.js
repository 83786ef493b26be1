// Citing field observations and their photos as evidence, and linking the records that confirmed a tip, without the
// DOM (Node tests: frontend/test/evidence.test.js).

/**
 * The observations a site's history offers for citing, newest first: {id, date, siteId, siteName, findings, photos}.
 * A village's or cluster's history holds its members' observations too; the API accepts those for the compound.
 */
export function citableObservations(entries) {
  return (entries || [])
    .filter((entry) => entry.type === 'observation' && Number.isInteger(entry.id))
    .map((entry) => ({ id: entry.id, date: entry.date, siteId: entry.siteId, siteName: entry.siteName,
      findings: entry.findings || [], photos: entry.photos || [] }))
    .sort((a, b) => String(b.date).localeCompare(String(a.date)) || b.id - a.id);
}

/** The picker's control names: 'o12' ticks observation 12, 'p12_<sha>' one of its photos. */
export const observationKey = (id) => `o${id}`;
export const photoKey = (id, sha) => `p${id}_${sha}`;

/**
 * The ticks of a picker ({o12: true, 'p12_ab…': true, …}, in the picker's order) as the API's evidence list: each
 * photo ticked cites that photo of its observation; an observation ticked with none of its photos ticked cites the
 * observation alone. Nothing ticked: an empty list.
 */
export function citationsFrom(ticks) {
  const photos = [];
  const observations = [];
  for (const [key, ticked] of Object.entries(ticks || {})) {
    if (ticked !== true) continue;
    const photo = /^p(\d+)_([0-9a-f]{64})$/.exec(key);
    const observation = /^o(\d+)$/.exec(key);
    if (photo) photos.push({ observationId: Number(photo[1]), photoSha256: photo[2] });
    else if (observation) observations.push(Number(observation[1]));
  }
  const withPhoto = new Set(photos.map((citation) => citation.observationId));
  const order = [...new Set([...observations, ...photos.map((citation) => citation.observationId)])];
  return order.flatMap((id) => (withPhoto.has(id)
    ? photos.filter((citation) => citation.observationId === id)
    : [{ observationId: id }]));
}

/**
 * The inspection form's body as the API takes it: the picker's ticks ('cite', the inspection's own and each
 * violation's) become 'evidence' lists; an empty one is left out.
 */
export function withEvidence(body) {
  const { cite, violations, ...rest } = body || {};
  const out = { ...rest };
  const own = citationsFrom(cite);
  if (own.length) out.evidence = own;
  if (violations) {
    out.violations = violations.map((violation) => {
      const { cite: ticks, ...fields } = violation || {};
      const cited = citationsFrom(ticks);
      return cited.length ? { ...fields, evidence: cited } : fields;
    });
  }
  return out;
}

/** What may confirm a tip, from its site's history, newest first: observations, inspections and status changes. */
export function confirmationChoices(entries) {
  const kinds = { observation: 'observation', inspection: 'inspection', status: 'status_event' };
  return (entries || [])
    .filter((entry) => kinds[entry.type] && Number.isInteger(entry.id))
    .map((entry) => ({ kind: kinds[entry.type], id: entry.id, date: entry.date }))
    .sort((a, b) => String(b.date).localeCompare(String(a.date)) || b.id - a.id);
}

/** The ticked choices ('observation:12' → true) as the PATCH's confirmations, leaving out those linked before. */
export function confirmationsFrom(ticks, linked = []) {
  const before = new Set(linked.map((c) => `${c.kind}:${c.id}`));
  return Object.entries(ticks || {})
    .filter(([key, ticked]) => ticked === true && /^(observation|inspection|status_event):\d+$/.test(key) && !before.has(key))
    .map(([key]) => {
      const [kind, id] = key.split(':');
      return { kind, id: Number(id) };
    });
}
