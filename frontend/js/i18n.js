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

/** Message for a key, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = bundles[current]?.[key] ?? bundles[FALLBACK]?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** The message of a key in a given language, e.g. ArcGIS's English name next to the Vietnamese one. */
export function tIn(lang, key) {
  return bundles[lang]?.[key] ?? key;
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
