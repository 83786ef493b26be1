import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBus } from '../js/bus.js';
import { startUrlSync } from '../js/url-sync.js';

/** A browser history of entries {state, url} with the current index; back() pops as the browser does. */
function fakeBrowser(url) {
  const events = new EventTarget();
  const entries = [{ state: null, url }];
  let index = 0;
  const location = {
    pathname: '/',
    get search() {
      const at = entries[index].url.indexOf('?');
      return at < 0 ? '' : entries[index].url.slice(at);
    },
  };
  const history = {
    get state() { return entries[index].state; },
    pushState(state, _, next) { entries.splice(index + 1); entries.push({ state, url: next }); index += 1; },
    replaceState(state, _, next) { entries[index] = { state, url: next }; },
    back() {
      if (index === 0) return;
      index -= 1;
      events.dispatchEvent(new Event('popstate'));
    },
  };
  return { events, history, location, entries, get index() { return index; } };
}

const base = { lang: 'vi', kind: [], status: [], site: null, commune: null, hex: null, view: null };

test('opening a panel adds one entry; Back closes the panel and the next Back leaves', () => {
  const browser = fakeBrowser('/');
  const bus = createBus();
  const closed = [];
  bus.on('panel:closed', () => closed.push(true));
  startUrlSync({ bus, state: base, defaults: {}, ...browser });
  bus.emit('site:selected', { id: 7 });
  bus.emit('site:selected', { id: 8 });
  assert.deepEqual(browser.entries.map((e) => e.url), ['/', '/?site=8']);
  browser.history.back();
  assert.equal(closed.length, 1);
  assert.equal(browser.index, 0);
  assert.equal(browser.entries[0].url, '/');
});

test('a panel closed on the page steps back over its entry, keeping the view of now', () => {
  const browser = fakeBrowser('/');
  const bus = createBus();
  startUrlSync({ bus, state: base, defaults: {}, ...browser });
  bus.emit('commune:selected', { code: '09190' });
  bus.emit('map:moved', { zoom: 12.5, lat: 21, lng: 106 });
  bus.emit('panel:closed');
  assert.equal(browser.index, 0);
  assert.equal(browser.entries[0].url, '/?map=12.5/21.00000/106.00000');
});

test('a link with a panel gets an entry without it before, once', () => {
  const browser = fakeBrowser('/?site=5');
  const bus = createBus();
  startUrlSync({ bus, state: { ...base, site: 5 }, defaults: {}, ...browser });
  assert.deepEqual(browser.entries.map((e) => e.url), ['/', '/?site=5']);
  // a reload of the same entry adds nothing
  startUrlSync({ bus: createBus(), state: { ...base, site: 5 }, defaults: {}, ...browser });
  assert.equal(browser.entries.length, 2);
});

test('Forward to a panel entry opens it again', () => {
  const browser = fakeBrowser('/');
  const bus = createBus();
  const opened = [];
  bus.on('site:selected', ({ id }) => opened.push(id));
  startUrlSync({ bus, state: base, defaults: {}, ...browser });
  bus.emit('site:selected', { id: 3 });
  browser.history.back();
  // forward by hand: the browser moves to the next entry and fires popstate
  browser.entries[1] = { state: { diemnongPanel: true }, url: '/?site=3' };
  browser.history.pushState({ diemnongPanel: true }, '', '/?site=3');
  browser.events.dispatchEvent(new Event('popstate'));
  assert.deepEqual(opened, [3, 3]);
});
