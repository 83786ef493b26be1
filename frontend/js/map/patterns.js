// Hatched fills for the canvas renderer: Leaflet's canvas takes a CanvasPattern as fillColor.
const TILE = 6;
const cache = new Map();

function drawHatch(ctx, hatch) {
  ctx.beginPath();
  if (hatch === 'dots') {
    ctx.arc(TILE / 2, TILE / 2, 1.2, 0, 2 * Math.PI);
    ctx.fill();
    return;
  }
  if (hatch === 'horizontal') {
    ctx.moveTo(0, TILE / 2);
    ctx.lineTo(TILE, TILE / 2);
  } else if (hatch === 'vertical') {
    ctx.moveTo(TILE / 2, 0);
    ctx.lineTo(TILE / 2, TILE);
  } else {
    // diagonal, drawn across the corners so the tiles join
    ctx.moveTo(0, TILE);
    ctx.lineTo(TILE, 0);
    ctx.moveTo(-1, 1);
    ctx.lineTo(1, -1);
    ctx.moveTo(TILE - 1, TILE + 1);
    ctx.lineTo(TILE + 1, TILE - 1);
  }
  ctx.stroke();
}

/** The fill for a style {fill, hatch, ink}: the colour itself, or a repeating pattern of the hatch. */
export function canvasFill(style) {
  if (!style.hatch) return style.fill;
  const key = `${style.fill}|${style.hatch}|${style.ink}`;
  if (!cache.has(key)) {
    const tile = document.createElement('canvas');
    tile.width = TILE;
    tile.height = TILE;
    const ctx = tile.getContext('2d');
    ctx.fillStyle = style.fill;
    ctx.fillRect(0, 0, TILE, TILE);
    ctx.strokeStyle = style.ink;
    ctx.fillStyle = style.ink;
    ctx.lineWidth = 1.5;
    drawHatch(ctx, style.hatch);
    cache.set(key, ctx.createPattern(tile, 'repeat'));
  }
  return cache.get(key);
}
