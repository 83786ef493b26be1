// Entry of js/first-frame.js (pom.xml's esbuild), loaded by index.html before the app's bundle.
import { drawFirstFrame } from './first-frame.js';

drawFirstFrame();
