// Work that follows a layer's drawing but is not the drawing (the list in view, the communes' names): done once the
// browser has shown the frame with the shapes, so that it does not hold that frame up (first paint).

/** Runs work in the task after the browser's next frame: once that frame is made, not inside it. */
function afterFrame(work) {
  requestAnimationFrame(() => setTimeout(work, 0));
}

/**
 * @param {() => void} work
 * @returns {() => void} a function that runs work after the next frame; calls before it runs are merged into one
 */
export function afterPaint(work) {
  let waiting = false;
  return () => {
    if (waiting) return;
    waiting = true;
    afterFrame(() => {
      waiting = false;
      work();
    });
  };
}

/** Resolves in a later task: long work awaits it between its parts, so that the browser can show a frame meanwhile. */
export function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in the task after the browser's next frame: what the page changed is then on its way to the screen. A page
 * in a background tab makes no frames: there it resolves in the next task.
 */
function frameMade() {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') setTimeout(resolve, 0);
    else afterFrame(resolve);
  });
}

/**
 * Resolves once what the page changed is on the screen: in the task after the second frame after the one that takes
 * the change. Chromium begins a frame's main part only when the one before it has been committed, and commits it only
 * once the frame before that has been rastered; so by then the change has been rastered, and work started after it
 * does not compete with that raster for the processor (the next frame's main part may begin while it is still
 * rastering). In a background tab, after three tasks.
 */
export async function frameShown() {
  for (let frame = 0; frame < 3; frame++) await frameMade();
}
