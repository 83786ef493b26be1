// How much detail the commune outlines need at a zoom: the service simplifies with a tolerance in degrees, and half a
// screen pixel is enough (at 21° N a pixel is about 285 m at zoom 9 and halves with each zoom step). Four bands, so
// that zooming in fetches finer outlines only a few times.
const BANDS = [
  { below: 10, tolerance: 0.0013 },
  { below: 12, tolerance: 0.0004 },
  { below: 14, tolerance: 0.0001 },
  { below: Infinity, tolerance: 0.00002 },
];

/** The simplification tolerance (degrees) for the commune outlines drawn at this zoom. */
export function outlineTolerance(zoom) {
  return BANDS.find((band) => zoom < band.below).tolerance;
}
