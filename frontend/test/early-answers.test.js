// index.html's inline script asks for the first answers by the very URLs the page then asks for (else they are
// wasted), and api.js takes each one once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { urls } from '../js/urls.js';
import { outlineTolerance } from '../js/map/outline-detail.js';
import { closeEarly, takeEarly } from '../js/early/early-answers.js';

const page = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
const inline = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
// the words are asked for with the rest, whatever else the page holds
const WORDS = [urls.messages('vi'), urls.messages('en')];
const config = { defaultPeriod: { from: '2025-11-01', to: '2026-10-31' },
  province: { bbox: [105.881138, 20.969346, 107.03352, 21.626484] } };

async function asked({ me, search = '', width = 1280, height = 600, written = {} }) {
  const requested = [];
  const window = {};
  const answer = (body) => ({ ok: true, clone: () => ({ json: async () => body }) });
  const fetch = (url) => {
    requested.push(url);
    return Promise.resolve(answer(url === '/api/v1/me' ? me : url === '/api/v1/config' ? config : {}));
  };
  // the answers the service wrote into the page (map/MapPage.java), as JSON blocks by URL
  const blocks = Object.entries(written).map(([url, body]) => ({ dataset: { answer: url }, textContent: body }));
  const document = { getElementById: () => ({ clientWidth: width, clientHeight: height }),
    querySelectorAll: (selector) => (selector === 'script[data-answer]' ? blocks : []) };
  vm.runInNewContext(inline.join('\n'), { window, fetch, document, location: { search }, Promise, Math, Map, Error,
    Response });
  await new Promise((resolve) => setTimeout(resolve, 10));
  const parsed = [...requested];
  // what the module in the head does once the first frame is on screen
  window.diemnongEarly.askRest();
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { parsed, requested, early: window.diemnongEarly };
}

test('index.html has one inline script that asks early', () => {
  assert.equal(inline.length, 1);
});

test('a signed-in reader: the internal sites and communes, by the URLs the layers build', async () => {
  const { parsed, requested, early } = await asked({ me: { authenticated: true, can: ['data'] }, width: 700,
    height: 500 });
  const communes = urls.communes({ ...config.defaultPeriod, simplify: outlineTolerance(9.2) });
  const sites = urls.sites({ limit: 5000, kind: [], status: [], trade: undefined, q: undefined });
  // as the page is parsed, only who asks and the configuration: the rest would hold up the first frame
  assert.deepEqual(parsed, ['/api/v1/me', '/api/v1/config']);
  // then the words (the page never has them); the sites wait only for who asks, the communes for the configuration
  // too: the order between those two is not fixed
  assert.deepEqual(requested.slice(0, 4), ['/api/v1/me', '/api/v1/config', ...WORDS]);
  assert.deepEqual(requested.slice(4).sort(), [communes, sites].sort());
  assert.ok(takeEarly(communes, early));
  assert.equal(takeEarly(communes, early), null, 'taken once');
});

test('a large map fits the province at a finer zoom band', async () => {
  const { requested } = await asked({ me: { authenticated: true, can: ['data'] }, width: 1900, height: 1000 });
  assert.ok(requested.includes(urls.communes({ ...config.defaultPeriod, simplify: outlineTolerance(11) })));
});

test('the public: the published sites and communes', async () => {
  const { requested } = await asked({ me: { authenticated: false }, width: 700, height: 500 });
  assert.deepEqual(requested.slice(4).sort(), [urls.publicCommunes({ ...config.defaultPeriod, simplify: outlineTolerance(9.2) }),
    urls.publicSites({ limit: 10000 })].sort());
});

test("a link's state: only who is signed in and the configuration", async () => {
  const { requested } = await asked({ me: { authenticated: true, can: ['data'] }, search: '?kind=craft_village' });
  assert.deepEqual(requested, ['/api/v1/me', '/api/v1/config', ...WORDS]);
});

test('answers written into the page are taken from it, and nothing is fetched for them', async () => {
  const me = { authenticated: true, can: ['data'] };
  const communes = urls.communes({ ...config.defaultPeriod, simplify: outlineTolerance(9.2) });
  const sites = urls.sites({ limit: 5000 });
  const written = { '/api/v1/me': JSON.stringify(me), '/api/v1/config': JSON.stringify(config),
    [sites]: '{"features":[]}', [communes]: '{"features":[1]}' };
  const { parsed, requested, early } = await asked({ me, width: 700, height: 500, written });
  assert.deepEqual(parsed, []);
  assert.deepEqual(requested, WORDS);
  assert.deepEqual(await (await takeEarly(communes, early)).json(), { features: [1] });
  assert.ok(takeEarly(sites, early));
  // what the page does not have is asked for as before
  const { requested: onALargeScreen } = await asked({ me, width: 1900, height: 1000, written });
  assert.deepEqual(onALargeScreen, [...WORDS, urls.communes({ ...config.defaultPeriod, simplify: outlineTolerance(11) })]);
  // a word list written into a page would be taken too
  const { requested: withWords, early: fromPage } = await asked({ me, width: 700, height: 500,
    written: { ...written, '/i18n/vi.json': '{"app.map":"Bản đồ"}' } });
  assert.deepEqual(withWords, ['/i18n/en.json']);
  assert.equal(await (await takeEarly('/i18n/vi.json', fromPage)).text(), '{"app.map":"Bản đồ"}');
});

test('once closed, nothing is kept or taken', () => {
  const registry = new Map([['/a', Promise.resolve(1)]]);
  closeEarly(registry);
  assert.equal(takeEarly('/a', registry), null);
  assert.equal(registry.closed, true);
  assert.equal(takeEarly('/a', undefined), null);
});
