// t('site.status.reactivated'): Vietnamese by default, English as fallback, the key as a last resort.
const FALLBACK = 'en';
const bundles = {};
let current = 'vi';

export function setMessages(lang, messages) {
  bundles[lang] = messages;
}

export function getLang() {
  return current;
}

const pluralRules = {};

/**
 * A message with plural forms is an object of Intl.PluralRules categories ({"one": …, "other": …}), chosen by the
 * number in params.count, else params.n; a number already formatted ("1.234") or none takes "other".
 */
function pluralForm(lang, text, params) {
  if (typeof text !== 'object' || text === null) return text;
  const count = Number(params.count ?? params.n);
  pluralRules[lang] ??= new Intl.PluralRules(lang);
  return text[Number.isFinite(count) ? pluralRules[lang].select(count) : 'other'] ?? text.other;
}

/** Message for a key, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const lang = bundles[current]?.[key] !== undefined ? current : FALLBACK;
  const text = pluralForm(lang, bundles[lang]?.[key] ?? key, params);
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** The message of a key in a given language, e.g. ArcGIS's English name next to the Vietnamese one. */
export function tIn(lang, key) {
  return pluralForm(lang, bundles[lang]?.[key] ?? key, {});
}

/** Name of an enum code, e.g. tCode('site.kind', 'craft_village'); unknown codes show as they are. */
export function tCode(prefix, code) {
  if (code === null || code === undefined || code === '') return '—';
  const key = `${prefix}.${code}`;
  const text = t(key);
  return text === key ? String(code) : text;
}

/** Switches language and translates static markup: data-i18n (text), data-i18n-title, -placeholder, -label. */
export function applyLanguage(lang, root = document) {
  current = bundles[lang] ? lang : 'vi';
  root.documentElement?.setAttribute('lang', current);
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  return current;
}
