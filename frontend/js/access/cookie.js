// Reading one cookie out of document.cookie. Pure: the cookie string is an argument.

/** readCookie('a=1; XSRF-TOKEN=abc', 'XSRF-TOKEN') → 'abc'; null when absent. */
export function readCookie(cookies, name) {
  for (const part of String(cookies || '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    const value = part.slice(at + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return null;
}
