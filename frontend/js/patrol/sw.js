// The patrol page's service worker (served as /patrol-sw.js, scope /patrol, which covers /patrol.html): keeps the
// page's shell and the service's answers it opens with (who is signed in, the code lists, the patrol and its plan's
// stops, coverage and effort), so that a plan followed on the phone opens again without a connection. What the
// officer records offline waits in the page's own outboxes (IndexedDB), not here.
import { keepShell } from '../field/sw-shell.js';

const KEPT = /^\/api\/v1\/(me|config|patrols\/\d+|patrols\/coverage|patrols\/effort|patrol-plans\/\d+)$/;

keepShell({
  cache: 'diemnong-patrol-v1',
  shell: ['/patrol.html', '/js/patrol.js', '/css/patrol-page.css', '/i18n/vi.json', '/i18n/en.json', '/favicon.svg',
    '/patrol.webmanifest'],
  keeps: (url) => KEPT.test(url.pathname),
});
