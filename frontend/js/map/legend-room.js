// The legend (bottom right) and the layer switch (top right) share the map's right edge. Leaflet places them in two
// corners without regard to each other, so on a short map a long legend (Gi*, emerging patterns) slid over the
// switch's lower options. The legend, anchored at its foot, gets the height up to the switch and scrolls within it.

const GAP = 10;

/** The height the legend may take: from its foot up to the switch's bottom edge (or the map's top), less a gap. */
export function legendRoom({ mapTop, switchBottom, legendBottom }) {
  return Math.max(0, legendBottom - Math.max(mapTop, switchBottom) - GAP);
}

/** Keeps legendRoom in the legend's --legend-room (map.css: its max-height) as the map or the switch change size. */
export function keepLegendBelowSwitch(map, legend) {
  const container = map.getContainer();
  const topRight = container.querySelector('.leaflet-top.leaflet-right');
  const fit = () => {
    legend.style.setProperty('--legend-room', `${legendRoom({ mapTop: container.getBoundingClientRect().top,
      switchBottom: topRight ? topRight.getBoundingClientRect().bottom : 0,
      legendBottom: legend.getBoundingClientRect().bottom })}px`);
  };
  const observer = new ResizeObserver(fit);
  observer.observe(container);
  if (topRight) observer.observe(topRight);
  fit();
}
