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
export function frameMade() {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') setTimeout(resolve, 0);
    else afterFrame(resolve);
  });
}
