import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frameShown } from '../js/util/after-paint.js';

// the browser's frames and visibility, as the page sees them
function page(visibilityState) {
  const frames = [];
  globalThis.document = { visibilityState };
  globalThis.requestAnimationFrame = (callback) => frames.push(callback);
  return { frame: () => frames.splice(0).forEach((callback) => callback(performance.now())) };
}

const tasks = (count) => new Promise((resolve) => {
  const next = (left) => (left ? setTimeout(() => next(left - 1), 0) : resolve());
  next(count);
});

test('shown: resolves in a task after the second frame after the change, not before it nor inside it', async () => {
  const browser = page('visible');
  let shown = false;
  const waiting = frameShown().then(() => { shown = true; });
  for (const frame of ['the change\'s frame', 'the next frame']) {
    await tasks(3);
    assert.equal(shown, false, `no frame yet after ${frame}`);
    browser.frame();
  }
  await tasks(3);
  assert.equal(shown, false, 'not before the second frame after the change');
  browser.frame();
  assert.equal(shown, false, 'not inside that frame itself');
  await waiting;
  assert.equal(shown, true);
});

test('a page in a background tab makes no frames: it does not wait for one', async () => {
  page('hidden');
  await frameShown();
});
