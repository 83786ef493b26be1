// The pure half of the form kit: field names as the API's field paths ("samples[0].value"), typed values, nested
// request bodies, drafts and which field a problem+json error belongs to. No DOM here (Node tests: form-kit.test.js).

const DRAFT_PREFIX = 'diemnong.draft.';

/** The localStorage key of one form's draft: draftKey('status', 12) → 'diemnong.draft.status.12'. */
export function draftKey(form, record) {
  return `${DRAFT_PREFIX}${form}.${record ?? 'new'}`;
}

/**
 * A raw control value as the API wants it: '' → null; 'number' / 'integer' → a Number (the text itself when it is
 * not one, so that the API names the field); 'boolean' → true/false; anything else trimmed text.
 */
export function typed(raw, type = 'text') {
  if (type === 'boolean') return raw === true || raw === 'true';
  if (raw === null || raw === undefined) return null;
  const text = String(raw).trim();
  if (text === '') return null;
  if (type === 'integer') {
    // amounts in VND are written with grouping separators: 5.000.000, 5,000,000 or 5 000 000
    const digits = text.replace(/[\s.,]/g, '');
    return /^-?\d+$/.test(digits) ? Number(digits) : text;
  }
  if (type === 'number') {
    // Vietnamese writes decimals with a comma; a grouping dot or space is not a decimal point there
    const number = Number(text.replace(/\s/g, '').replace(',', '.'));
    return Number.isFinite(number) ? number : text;
  }
  return text;
}

/** 'samples[0].value' → ['samples', 0, 'value']. */
export function pathOf(name) {
  const parts = [];
  for (const [, key, index] of String(name).matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    parts.push(index === undefined ? key : Number(index));
  }
  return parts;
}

/**
 * Flat {path: value} → the nested request body. Null values are left out (optional members absent), and so are
 * array slots nothing was given for: {'a[0].b': 1, 'a[2].b': 2} → {a: [{b: 1}, {b: 2}]}.
 */
export function nest(flat) {
  const root = {};
  for (const [name, value] of Object.entries(flat)) {
    if (value === null || value === undefined) continue;
    const path = pathOf(name);
    let node = root;
    path.forEach((key, i) => {
      if (i === path.length - 1) {
        node[key] = value;
      } else {
        node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
        node = node[key];
      }
    });
  }
  return compact(root);
}

function compact(value) {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compact(item)]));
  }
  return value;
}

/** How many rows a draft holds under a prefix: rowCount({'samples[0].value': 1, 'samples[3].unit': 'mg/L'}, 'samples') → 4. */
export function rowCount(values, prefix) {
  let count = 0;
  for (const name of Object.keys(values || {})) {
    const path = pathOf(name);
    if (path[0] === prefix && typeof path[1] === 'number') count = Math.max(count, path[1] + 1);
  }
  return count;
}

/**
 * The field an API error belongs to among the form's fields: the same path, else the nearest enclosing one
 * ('team[1]' → 'team', 'samples[0].value.x' → 'samples[0].value'); null when the form has no such field.
 */
export function problemField(field, fields) {
  const known = new Set(fields);
  const path = pathOf(field ?? '');
  for (let length = path.length; length > 0; length -= 1) {
    const name = path.slice(0, length).reduce((text, key) =>
      (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '');
    if (known.has(name)) return name;
  }
  return null;
}

/** The message of one errors[] entry in a language; the API gives both (messageVi, messageEn). */
export function problemMessage(error, lang) {
  return (lang === 'en' ? error.messageEn : error.messageVi) || error.messageVi || error.messageEn || error.code || '';
}

/**
 * A refusal sorted out for the form: messages per field it has, and the rest for the form as a whole (errors naming
 * no field of the form, or the problem's detail when it has no errors[]).
 * @param {{status?: number, detail?: string, title?: string, errors?: object[]}} problem an ApiError or problem+json
 * @returns {{fields: Object<string, string[]>, general: string[]}}
 */
export function sortProblem(problem, fields, lang) {
  const byField = {};
  const general = [];
  for (const error of problem?.errors || []) {
    const name = problemField(error.field, fields);
    const message = problemMessage(error, lang);
    if (name) (byField[name] ??= []).push(message);
    else general.push(error.field && !['body', 'request'].includes(error.field) ? `${error.field}: ${message}` : message);
  }
  if (!(problem?.errors || []).length) general.push(problem?.detail || problem?.title || '');
  return { fields: byField, general: general.filter(Boolean) };
}

/** True when the request never reached the service (fetch rejected, offline): status 0 in api.js's ApiError. */
export function isLostConnection(error) {
  return error?.status === 0;
}
