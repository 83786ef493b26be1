// Today as an ISO date in the user's time zone (what a date field offers), e.g. '2026-11-30'.
export function today(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
