// Dates, months, VND and numbers for the two UI languages. Pure: the language is an argument.
const LOCALES = { vi: 'vi-VN', en: 'en-GB' };
const locale = (lang) => LOCALES[lang] || LOCALES.vi;
const isIsoDate = (s) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);
const isMonth = (s) => typeof s === 'string' && /^\d{4}-\d{2}$/.test(s);

/** 12500000 → "12.500.000 ₫" (vi, the default) or "₫12,500,000" (en): the separators of the UI language. */
export function formatVnd(amount, lang = 'vi') {
  if (amount === null || amount === undefined || Number.isNaN(Number(amount))) return '—';
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'VND', maximumFractionDigits: 0 })
    .format(Number(amount));
}

export function formatNumber(value, lang, maximumFractionDigits = 2) {
  if (value === null || value === undefined || value === '') return '—';
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits }).format(Number(value));
}

/** A p-value with four decimals, "< 0,0001" (vi) / "< 0.0001" (en) below that. */
export function formatP(p, lang) {
  if (p === null || p === undefined || p === '' || Number.isNaN(Number(p))) return '—';
  if (Number(p) < 0.0001) return `< ${formatNumber(0.0001, lang, 4)}`;
  return formatNumber(p, lang, 4);
}

/**
 * "2024-10-05" → "05/10/2024" (vi) or "05 Oct 2024" (en); a date written as a timestamp ("2024-10-05T00:00:00Z")
 * is read as its day; other input is returned as is.
 */
export function formatDate(value, lang) {
  const iso = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
  if (!isIsoDate(iso)) return iso ?? '—';
  const options = lang === 'en'
    ? { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale(lang), options).format(new Date(`${iso}T00:00:00Z`));
}

/** "2024-01" → "01/2024" (vi) or "Jan 2024" (en). */
export function formatMonth(month, lang) {
  if (!isMonth(month)) return month ?? '—';
  if (lang !== 'en') return `${month.slice(5)}/${month.slice(0, 4)}`;
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${month}-01T00:00:00Z`));
}

/** 2.734 → "×2,73" (vi) / "×2.73" (en). */
export function formatFactor(factor, lang) {
  if (factor === null || factor === undefined) return '—';
  return `×${formatNumber(factor, lang, 2)}`;
}

export function monthOf(iso) {
  return isIsoDate(iso) ? iso.slice(0, 7) : '';
}

export function monthStart(month) {
  return isMonth(month) ? `${month}-01` : '';
}

/** Last day of the month: "2026-02" → "2026-02-28". */
export function monthEnd(month) {
  if (!isMonth(month)) return '';
  const [year, mon] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}
