// Entry of js/first-frame.js (pom.xml's esbuild), loaded by index.html before the app's bundle, which waits for
// window.diemnongFirstFrameShown when there is a first frame.
import { drawFirstFrame } from './first-frame.js';
import { frameShown } from '../util/after-paint.js';

window.diemnongFirstFrameShown = drawFirstFrame() ? frameShown() : null;
