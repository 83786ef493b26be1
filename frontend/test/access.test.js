import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessOf, allowedLayers, pageLinks } from '../js/access/roles.js';
import { readCookie } from '../js/access/cookie.js';
import { matchesFilters, publicData, searchKey } from '../js/access/public-data.js';
import { auditRow, changedFields, formatDateTime } from '../js/access/audit.js';

// what /api/v1/me says each demo role may do (AccessMatrixIT checks the service's side)
const CAN = {
  ENV_DEPT: ['data', 'hotspots', 'editSites', 'recordStatus', 'planPatrols', 'recordPatrols', 'recordInspections', 'audit'],
  POLICE: ['data', 'hotspots', 'recordStatus', 'planPatrols', 'recordPatrols'],
  COMMUNE: ['data', 'editSites', 'recordStatus', 'planPatrols', 'recordPatrols'],
  VIEWER: ['data', 'hotspots'],
  ADMIN: ['audit', 'users'],
};
const me = (role, communes = []) => ({ authenticated: true, role, communes, can: CAN[role] || [] });

test('anonymous users get the public map without hotspots, risk, audit or users', () => {
  const access = accessOf({ authenticated: false, communes: [], can: [] });
  assert.equal(access.role, null);
  assert.equal(access.publicData, true);
  assert.equal(access.hotspots, false);
  assert.equal(access.risk, false);
  assert.equal(access.audit, false);
  assert.deepEqual(access.areaLayers, ['communes']);
  assert.deepEqual(access.siteColours, ['status', 'none']);
  assert.deepEqual(accessOf(null), access);
});

test('the environment department, police and viewers get the full map; only the department reads the audit', () => {
  for (const role of ['ENV_DEPT', 'POLICE', 'VIEWER']) {
    const access = accessOf(me(role));
    assert.equal(access.publicData, false, role);
    assert.equal(access.hotspots, true, role);
    assert.deepEqual(access.areaLayers, ['communes', 'gi', 'emerging'], role);
    assert.deepEqual(access.siteColours, ['status', 'risk', 'none'], role);
    assert.equal(access.audit, role === 'ENV_DEPT', role);
    assert.equal(access.scope, null, role);
  }
});

test('a commune user sees its communes without hotspot layers', () => {
  const access = accessOf(me('COMMUNE', ['09190']));
  assert.equal(access.publicData, false);
  assert.equal(access.hotspots, false);
  assert.deepEqual(access.scope, ['09190']);
  assert.deepEqual(access.areaLayers, ['communes']);
});

test('an administrator gets the public data, the users panel and the audit, and an unknown role the public map', () => {
  const admin = accessOf(me('ADMIN'));
  assert.equal(admin.publicData, true);
  assert.equal(admin.hotspots, false);
  assert.equal(admin.users, true);
  assert.equal(admin.audit, true);
  assert.equal(accessOf({ authenticated: true, role: 'SOMEONE' }).publicData, true);
});

test('what the page offers follows what the service says, not the role name', () => {
  const access = accessOf({ authenticated: true, role: 'VIEWER', communes: [], can: ['audit'] });
  assert.equal(access.publicData, true);
  assert.equal(access.hotspots, false);
  assert.equal(access.audit, true);
  assert.equal(accessOf({ authenticated: false, role: 'ENV_DEPT', can: ['data'] }).publicData, true);
});

test('the record forms are offered to those the service lets record', () => {
  const offered = (role) => {
    const { editSites, recordStatus, recordInspections } = accessOf(me(role));
    return { editSites, recordStatus, recordInspections };
  };
  assert.deepEqual(offered('ENV_DEPT'), { editSites: true, recordStatus: true, recordInspections: true });
  assert.deepEqual(offered('POLICE'), { editSites: false, recordStatus: true, recordInspections: false });
  assert.deepEqual(offered('COMMUNE'), { editSites: true, recordStatus: true, recordInspections: false });
  assert.deepEqual(offered('VIEWER'), { editSites: false, recordStatus: false, recordInspections: false });
  // the public map (administrator, anonymous) records nothing
  assert.deepEqual(offered('ADMIN'), { editSites: false, recordStatus: false, recordInspections: false });
});

test('layers from a shared link are narrowed to what the user may see', () => {
  const access = accessOf(me('COMMUNE', ['09190']));
  assert.deepEqual(allowedLayers({ layer: 'gi', sites: 'risk', cell: 500, fdr: true }, access),
    { layer: 'communes', sites: 'risk', cell: 500, fdr: true });
  assert.deepEqual(allowedLayers({ layer: 'emerging', sites: 'risk' }, accessOf(null)), { layer: 'communes', sites: 'status' });
});

test('readCookie finds a cookie by its exact name and decodes it', () => {
  const cookies = 'X-XSRF-TOKEN=wrong; XSRF-TOKEN=a%2Bb-1; other=2';
  assert.equal(readCookie(cookies, 'XSRF-TOKEN'), 'a+b-1');
  assert.equal(readCookie(cookies, 'other'), '2');
  assert.equal(readCookie(cookies, 'missing'), null);
  assert.equal(readCookie('', 'XSRF-TOKEN'), null);
  assert.equal(readCookie('XSRF-TOKEN=%E0%A4%A', 'XSRF-TOKEN'), '%E0%A4%A');
});

const site = (properties) => ({ type: 'Feature', id: 1, properties });

test('public sites are filtered by kind, status, trade and the words of the name without diacritics', () => {
  const phongKhe = site({ name: 'Làng nghề Phong Khê', kind: 'craft_village', status: 'active', trade: 'paper_recycling' });
  const household = site({ name: null, kind: 'household_workshop', status: 'active', trade: 'paper_recycling' });
  assert.equal(searchKey('Đông Thọ'), 'dong tho');
  assert.ok(matchesFilters(phongKhe, {}));
  assert.ok(matchesFilters(phongKhe, { q: 'phong  khe', kind: ['craft_village'], status: ['active'], trade: 'paper_recycling' }));
  assert.ok(!matchesFilters(phongKhe, { kind: ['waste_dump'] }));
  assert.ok(!matchesFilters(phongKhe, { status: ['closed'] }));
  assert.ok(!matchesFilters(phongKhe, { trade: 'steel_recycling' }));
  assert.ok(!matchesFilters(household, { q: 'phong' }));
  assert.ok(matchesFilters(household, { q: '' }));
});

test('the public data downloads the sites once and filters them for every request', async () => {
  let calls = 0;
  const api = {
    publicSites: async () => {
      calls += 1;
      return { type: 'FeatureCollection', features: [site({ name: 'A', kind: 'waste_dump' }), site({ name: 'B', kind: 'craft_village' })] };
    },
    publicCommunes: async () => ({ features: [{ id: '09190', properties: { name: 'Võ Cường' } }] }),
  };
  const data = publicData(api);
  assert.equal((await data.sites({ kind: ['waste_dump'] })).features.length, 1);
  assert.equal((await data.sites({})).numberMatched, 2);
  assert.equal(calls, 1);
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(data.sites({}, { signal: controller.signal }), { name: 'AbortError' });
  assert.equal(data.commune('09190'), null);
  await data.communes({});
  assert.equal(data.commune('09190').properties.name, 'Võ Cường');
});

test('audit times are shown in Vietnam time', () => {
  assert.equal(formatDateTime('2026-11-23T11:43:05Z', 'vi'), '23/11/2026 18:43');
  assert.equal(formatDateTime('2026-11-23T20:05:00Z', 'en'), '24 Nov 2026 03:05');
  assert.equal(formatDateTime(null, 'vi'), '—');
  assert.equal(formatDateTime('soon', 'vi'), 'soon');
});

test('an audit row names the changed fields, or the personal fields that were viewed', () => {
  assert.deepEqual(changedFields('{"status":"active","name":"A","v":1}', { status: 'closed', name: 'A', v: 2 }), ['status', 'v']);
  assert.deepEqual(changedFields(null, '{"a":1}'), []);
  const update = auditRow({ seq: 7, occurredAt: '2026-01-02T03:04:00Z', actor: 'moitruong', role: 'ENV_DEPT',
    action: 'site.update', before: '{"note":null}', after: '{"note":"x"}' }, 'vi');
  assert.deepEqual(update, { seq: 7, time: '02/01/2026 10:04', actor: 'moitruong', role: 'ENV_DEPT', action: 'site.update', fields: ['note'] });
  const viewed = auditRow({ seq: 8, occurredAt: '2026-01-02T03:04:00Z', actor: 'congan', role: 'POLICE',
    action: 'site.view_confidential', before: null, after: '{"fields": ["operatorName", "address"]}' }, 'en');
  assert.deepEqual(viewed.fields, ['operatorName', 'address']);
});

test('a failed sign-in shows the problem message in the page language, or a rate-limit or generic message', async () => {
  const { setMessages } = await import('../js/i18n.js');
  const { signInMessage } = await import('../js/access/sign-in.js');
  setMessages('vi', { 'auth.error.rateLimited': 'Thử lại sau {s} giây', 'auth.error.failed': 'Không thành công' });
  const bad = { status: 401, errors: [{ code: 'bad-credentials', messageVi: 'Sai mật khẩu', messageEn: 'Wrong password' }] };
  assert.equal(signInMessage(bad, 'vi'), 'Sai mật khẩu');
  assert.equal(signInMessage(bad, 'en'), 'Wrong password');
  assert.equal(signInMessage({ status: 429, errors: [], retryAfter: '30' }, 'vi'), 'Thử lại sau 30 giây');
  assert.equal(signInMessage({ status: 500, errors: [] }, 'vi'), 'Không thành công');
});

test('the page links: the field page for commune and police officers, patrols as the role allows, tips for all', () => {
  const hrefs = (who) => pageLinks(who).map((link) => link.href);
  const patrols = ['planPatrols', 'recordPatrols'];
  assert.deepEqual(hrefs(null), ['/tip.html']);
  assert.deepEqual(hrefs({ authenticated: false, role: null, can: [] }), ['/tip.html']);
  assert.deepEqual(hrefs({ authenticated: true, role: 'COMMUNE', can: patrols }), ['/field', '/police.html', '/patrol.html', '/tip.html']);
  assert.deepEqual(hrefs({ authenticated: true, role: 'POLICE', can: patrols }), ['/field', '/police.html', '/patrol.html', '/tip.html']);
  assert.deepEqual(hrefs({ authenticated: true, role: 'ENV_DEPT', can: patrols }), ['/police.html', '/patrol.html', '/tip.html']);
  assert.deepEqual(hrefs({ authenticated: true, role: 'VIEWER', can: ['data'] }), ['/tip.html']);
  assert.deepEqual(hrefs({ authenticated: true, role: 'ADMIN', can: ['users'] }), ['/tip.html']);
});
