// Registering a site from the map: a control to draw a point or an area, then the site's form beside the map.
import * as L from 'leaflet';
import { send } from '../api.js';
import { t } from '../i18n.js';
import { urls } from '../urls.js';
import { h, mount } from '../util/dom.js';
import { createForm } from './form-kit.js';
import { sideDialog, geometryField } from './site-dialog.js';
import { drawShape, editShape } from './site-draw.js';
import { parentOptions, siteFields } from './site-fields.js';

/** The draw buttons and, while drawing, what to do next (finish an area, undo a vertex, cancel). */
function drawControl({ onDraw }) {
  const control = L.control({ position: 'topleft' });
  const hint = h('p', { class: 'site-draw-hint', 'data-testid': 'draw-hint', role: 'status', hidden: true });
  const steps = h('div', { class: 'site-draw-steps', hidden: true });
  const buttons = h('div', { class: 'site-draw-buttons' },
    h('button', { type: 'button', class: 'site-draw-button', 'data-testid': 'draw-point', onClick: () => onDraw('point') },
      t('siteForm.draw.point')),
    h('button', { type: 'button', class: 'site-draw-button', 'data-testid': 'draw-polygon', onClick: () => onDraw('polygon') },
      t('siteForm.draw.polygon')));
  const el = h('div', { class: 'leaflet-bar site-draw', 'data-testid': 'site-draw', role: 'group', 'aria-label': t('siteForm.draw.title') },
    buttons, hint, steps);
  L.DomEvent.disableClickPropagation(el);
  control.onAdd = () => el;
  return {
    control,
    /** Shows what to do while drawing (null: back to the draw buttons). */
    drawing(kind, drawing) {
      buttons.hidden = Boolean(kind);
      hint.hidden = !kind;
      steps.hidden = !kind;
      if (!kind) return;
      mount(hint, t(`siteForm.draw.hint.${kind}`));
      mount(steps,
        kind === 'polygon' ? [
          h('button', { type: 'button', class: 'form-button', 'data-testid': 'draw-finish', onClick: drawing.finish }, t('siteForm.draw.finish')),
          h('button', { type: 'button', class: 'form-button form-button-secondary', onClick: drawing.undo }, t('siteForm.draw.undo')),
        ] : null,
        h('button', { type: 'button', class: 'form-button form-button-secondary', 'data-testid': 'draw-cancel', onClick: drawing.cancel },
          t('siteForm.draw.cancel')));
    },
  };
}

/**
 * Adds the draw control for those who may register sites (access.editSites).
 * @param {{bus: object, config: object, access: object}} options
 */
export function mountSiteRegistration(map, { bus, config, access }) {
  if (!access.editSites) return null;
  let loaded = [];
  bus.on('sites:loaded', ({ features }) => { loaded = features; });
  let busy = false;
  let shape = null;
  let dialog = null;

  const ui = drawControl({ onDraw: (kind) => start(kind) });
  ui.control.addTo(map);

  async function draw(kind) {
    const drawing = await drawShape(map, kind);
    ui.drawing(kind, drawing);
    const layer = await drawing.done;
    ui.drawing(null);
    return layer;
  }

  async function start(kind) {
    if (busy) return;
    busy = true;
    try {
      dialog?.close();
      const layer = await draw(kind);
      if (layer) await openForm(layer.toGeoJSON().geometry);
    } catch (error) {
      bus.emit('error', error);
    } finally {
      busy = false;
    }
  }

  async function openForm(geometry) {
    const where = geometryField({ hint: t('siteForm.hint.geometry') });
    where.show(geometry);
    shape = await editShape(map, geometry, { onChange: () => where.show(shape.geometry()) });
    const form = createForm({
      name: 'site-new',
      submitLabel: t('siteForm.register.submit'),
      submit: (body) => send(urls.sites(), { json: { ...body, geometry: shape.geometry() } }),
      onSuccess: (site) => {
        dialog.close();
        bus.emit('notice', t('siteForm.register.done', { name: site.properties.name }));
        bus.emit('site:changed', { id: site.id });
      },
    });
    form.add(where.el, siteFields({ config, access, parents: parentOptions(loaded) }));
    form.restore();
    dialog = sideDialog({
      title: t('siteForm.register.title'),
      content: form.el,
      testId: 'site-register-form',
      onClose: () => {
        shape?.stop();
        shape = null;
        dialog = null;
      },
    });
    dialog.open();
  }

  return { start };
}
