// The phone page's service worker (served as /field-sw.js, scope /field): keeps the page's shell so that /field opens
// without a connection (sw-shell.js). The data is not kept here: the page keeps its own copy in IndexedDB, and API
// requests pass through untouched.
import { keepShell } from './sw-shell.js';

keepShell({
  cache: 'diemnong-field-v1',
  shell: ['/field', '/js/field.js', '/css/field.css', '/i18n/vi.json', '/i18n/en.json', '/favicon.svg',
    '/field.webmanifest'],
  page: ['/field/', '/field.html'],
});
