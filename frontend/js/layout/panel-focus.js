// Focus follows the panels: into an opened panel (its heading, once its content is there), Escape closes it, and
// closing (Escape, its button, Back) returns the focus to what opened it (the same entry of a list drawn again).
const PANELS = '#site-panel:not([hidden]), #commune-panel:not([hidden]), #cell-panel:not([hidden])';

/** A selector that finds the element again after its list is drawn anew. */
function selectorOf(el) {
  if (el.dataset?.key) return `[data-key="${el.dataset.key}"]`;
  if (el.dataset?.testid && el.dataset?.siteId) return `[data-testid="${el.dataset.testid}"][data-site-id="${el.dataset.siteId}"]`;
  return null;
}

export function mountPanelFocus({ bus, side }) {
  let origin = null;
  let pending = null;
  const openPanel = () => side.querySelector(PANELS);

  const settle = () => {
    if (!pending || pending.hidden || pending.querySelector('[aria-busy=true]')) return;
    const heading = pending.querySelector('.panel-header h2') || pending.querySelector('[data-testid=panel-close]');
    pending = null;
    heading?.focus({ preventScroll: true });
  };
  const observer = new MutationObserver(settle);
  side.querySelectorAll('.panel').forEach((panel) => observer.observe(panel, { childList: true }));

  const opening = (id) => () => {
    const active = document.activeElement;
    // a panel opened from inside a panel returns to where the first one came from
    if (active && active !== document.body && !side.contains(active)) {
      // an entry of a list that no longer has it (the map moved) hands over to the list's summary
      origin = { el: active, selector: selectorOf(active), fallback: active.closest('details')?.querySelector('summary') };
    }
    pending = document.getElementById(id);
    settle();
  };
  bus.on('site:selected', opening('site-panel'));
  bus.on('commune:selected', opening('commune-panel'));
  bus.on('cell:selected', opening('cell-panel'));

  const restore = () => {
    const active = document.activeElement;
    const lost = !active || active === document.body || side.contains(active);
    if (!lost || !origin) return;
    const target = origin.el.isConnected ? origin.el
      : (origin.selector && document.querySelector(origin.selector)) || (origin.fallback?.isConnected ? origin.fallback : null);
    origin = null;
    target?.focus();
  };
  bus.on('panel:closed', () => {
    pending = null;
    // once the map has its width back and the list in view follows it
    requestAnimationFrame(() => requestAnimationFrame(restore));
  });

  // Escape inside a panel closes the panel only (not the search list or the filter drop-downs as well)
  side.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !openPanel()) return;
    event.stopPropagation();
    bus.emit('panel:closed');
  });
  // …and from the map or nowhere in particular too
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !openPanel()) return;
    const active = document.activeElement;
    if (!active || active === document.body || active.closest?.('.leaflet-container')) bus.emit('panel:closed');
  });
}
