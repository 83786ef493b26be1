import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frameMade } from '../js/util/after-paint.js';

// the browser's frame and visibility, as the page sees them
function page(visibilityState) {
  const frames = [];
  globalThis.document = { visibilityState };
  globalThis.requestAnimationFrame = (callback) => frames.push(callback);
  return { frame: () => frames.splice(0).forEach((callback) => callback(performance.now())) };
}

test('the frame is made: resolves in a task after the next frame, not before it', async () => {
  const browser = page('visible');
  let made = false;
  const waiting = frameMade().then(() => { made = true; });
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.equal(made, false, 'no frame yet');
  browser.frame();
  assert.equal(made, false, 'not inside the frame itself');
  await waiting;
  assert.equal(made, true);
});

test('a page in a background tab makes no frames: it does not wait for one', async () => {
  page('hidden');
  await frameMade();
});
