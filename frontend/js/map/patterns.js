// Hatched fills for SVG paths (the hotspot cells): Leaflet's SVG renderer takes url(#pattern) as fillColor.
const TILE = 6;

const SVG_NS = 'http://www.w3.org/2000/svg';
let defs = null;

// The same hatches as SVG patterns, kept in one hidden <svg> of the page: an SVG path fills with url(#id).
function svgDefs() {
  if (defs?.isConnected) return defs;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '0');
  svg.setAttribute('height', '0');
  svg.setAttribute('aria-hidden', 'true');
  // not display:none, or the browser does not paint the patterns
  svg.classList.add('svg-patterns');
  defs = document.createElementNS(SVG_NS, 'defs');
  svg.append(defs);
  document.body.append(svg);
  return defs;
}

function svgHatch(hatch, ink) {
  const mid = TILE / 2;
  if (hatch === 'dots') return `<circle cx="${mid}" cy="${mid}" r="1.2" fill="${ink}"/>`;
  const d = { horizontal: `M0 ${mid}H${TILE}`, vertical: `M${mid} 0V${TILE}` }[hatch]
    || `M0 ${TILE}L${TILE} 0M-1 1L1 -1M${TILE - 1} ${TILE + 1}L${TILE + 1} ${TILE - 1}`;
  return `<path d="${d}" stroke="${ink}" stroke-width="1.5"/>`;
}

/** The fill for an SVG path: the colour itself, or url(#…) of a pattern of the hatch. */
export function svgFill(style) {
  if (!style.hatch) return style.fill;
  const id = `hatch-${style.hatch}-${style.fill}-${style.ink}`.replace(/[^a-z0-9-]/gi, '');
  const container = svgDefs();
  if (!container.querySelector(`#${id}`)) {
    const pattern = document.createElementNS(SVG_NS, 'pattern');
    pattern.id = id;
    pattern.setAttribute('patternUnits', 'userSpaceOnUse');
    pattern.setAttribute('width', String(TILE));
    pattern.setAttribute('height', String(TILE));
    pattern.innerHTML = `<rect width="${TILE}" height="${TILE}" fill="${style.fill}"/>${svgHatch(style.hatch, style.ink)}`;
    container.append(pattern);
  }
  return `url(#${id})`;
}
