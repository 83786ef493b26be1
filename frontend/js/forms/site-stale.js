// What a 412 says happened to a site since the version the form was opened on, and how a reload keeps what the user
// typed. Pure (Node tests: site-forms.test.js).

/**
 * The changes of a stale-version problem as lines to show: who, when, which fields.
 * @param {{changes?: {by: string, at: string, action: string, fields: string[]}[]}} problem the 412's body
 * @param {(field: string) => string} label a field's name in the user's language
 * @param {(iso: string) => string} when a time in the user's language
 * @returns {{by: string, at: string, action: string, fields: string}[]}
 */
export function describeChanges(problem, label, when) {
  return (problem?.changes || []).map((change) => ({
    by: change.by,
    at: when(change.at),
    action: change.action,
    fields: (change.fields || []).map(label).join(', '),
  }));
}

/**
 * The form's values after reloading the current version: a field the user changed keeps the user's value; every
 * other field takes the current one.
 * @param {object} opened the values the form was opened with (the old version)
 * @param {object} typed the values in the form now
 * @param {object} current the current version's values
 * @returns {{values: object, kept: string[]}} kept: the fields where the user's value was kept
 */
export function mergeReloaded(opened, typed, current) {
  const values = {};
  const kept = [];
  for (const name of new Set([...Object.keys(current), ...Object.keys(typed)])) {
    const mine = typed[name] ?? null;
    const changedByUser = mine !== (opened[name] ?? null);
    values[name] = changedByUser ? mine : current[name] ?? null;
    if (changedByUser) kept.push(name);
  }
  return { values, kept };
}

/** The JSON merge patch from what the form was opened with to what it holds: changed fields only, null to clear. */
export function mergePatch(opened, typed) {
  const patch = {};
  for (const [name, value] of Object.entries(typed)) {
    if ((value ?? null) !== (opened[name] ?? null)) patch[name] = value ?? null;
  }
  return patch;
}
