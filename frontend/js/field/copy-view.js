// What the copy on the phone holds and its size; for a province-wide user, the communes it keeps: those near the
// phone (always) and those they tick.
import { getLang, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { communeCode, formatBytes } from './copy-area.js';

/**
 * @param {HTMLElement} el
 * @param {{copy: {communes: number, sites: number, bytes: number}|null, provinceWide: boolean, communes: object[],
 *          near: string[], picked: string[], onToggle: (code: string, kept: boolean) => void}} state
 *   communes: every commune's boundary (province-wide users only); near: the codes kept for the phone's position
 */
export function renderCopy(el, { copy, provinceWide, communes = [], near = [], picked = [], onToggle }) {
  el.hidden = !copy;
  if (!copy) return;
  const size = h('p', { class: 'field-copy-size', 'data-testid': 'field-copy-size' },
    t('field.copy.size', { communes: copy.communes, sites: copy.sites, count: copy.sites, size: formatBytes(copy.bytes, getLang()) }));
  if (!provinceWide) {
    mount(el, size);
    return;
  }
  // a tick saves the copy again and redraws: the list stays open
  const open = Boolean(el.querySelector('details[open]'));
  const kept = (code) => near.includes(code) || picked.includes(code);
  const rows = [...communes].sort((a, b) => Number(kept(communeCode(b))) - Number(kept(communeCode(a)))
    || String(a.properties?.name ?? '').localeCompare(String(b.properties?.name ?? ''), 'vi'));
  mount(el, size,
    copy.communes ? null : h('p', { class: 'field-copy-empty', 'data-testid': 'field-copy-empty' }, t('field.copy.empty')),
    h('details', { class: 'field-copy-pick', 'data-testid': 'field-copy-pick', open },
      h('summary', null, t('field.copy.pick')),
      h('p', { class: 'field-muted' }, t('field.copy.hint')),
      h('ul', { class: 'field-copy-communes' }, rows.map((feature) => {
        const code = communeCode(feature);
        const isNear = near.includes(code);
        return h('li', null, h('label', { class: 'field-copy-commune', 'data-testid': 'field-copy-commune', 'data-code': code },
          h('input', { type: 'checkbox', checked: kept(code), disabled: isNear,
            onChange: (event) => onToggle(code, event.target.checked) }),
          h('span', null, feature.properties?.name ?? code),
          isNear ? h('small', { class: 'field-muted' }, ` · ${t('field.copy.near')}`) : null));
      }))));
}
