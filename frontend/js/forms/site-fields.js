// The attribute fields of a site's form (what NewSite accepts), and a site's current values by field name.
import { t, tCode } from '../i18n.js';
import { field } from './form-kit.js';

export const POLLUTION_CLASSES = ['not_polluting', 'polluting', 'seriously_polluting'];
export const PRECISIONS = ['surveyed', 'imagery', 'address', 'approximate'];
const COMPOUND_KINDS = ['craft_village', 'industrial_cluster', 'industrial_zone'];

/** A field's name as the user reads it (also for the fields a 412 names, geometry included). */
export const fieldLabel = (name) => t(`siteForm.field.${name}`);

const codes = (prefix, list) => list.map((code) => ({ value: code, label: tCode(prefix, code) }));

/** Compound sites (villages, clusters, zones) a site may belong to, from the sites the map has loaded. */
export function parentOptions(features = [], selfId = null) {
  return features
    .filter((f) => COMPOUND_KINDS.includes(f.properties?.kind) && f.id !== selfId)
    .map((f) => ({ value: String(f.id), label: f.properties.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}

/**
 * The attribute fields, each filled with `values[name]` when given; pollutionClass only for those who may classify
 * (not a commune's staff, whom the service refuses it).
 * @param {{config: object, access: object, values?: object, parents?: {value: string, label: string}[]}} options
 */
export function siteFields({ config, access, values = {}, parents = [] }) {
  const v = (name) => values[name] ?? undefined;
  return [
    field('text', 'name', { label: fieldLabel('name'), required: true, value: v('name'), attrs: { maxlength: 300 } }),
    field('select', 'kind', { label: fieldLabel('kind'), required: true, value: v('kind'),
      options: codes('site.kind', config.kinds || []) }),
    field('select', 'trade', { label: fieldLabel('trade'), required: true, value: v('trade'),
      options: codes('site.trade', config.trades || []) }),
    field('select', 'parentId', { label: fieldLabel('parentId'), value: v('parentId'), hint: t('siteForm.hint.parentId'),
      options: parents, attrs: { 'data-type': 'integer' } }),
    field('text', 'address', { label: fieldLabel('address'), value: v('address'), attrs: { maxlength: 500 } }),
    field('text', 'operatorName', { label: fieldLabel('operatorName'), value: v('operatorName'), attrs: { maxlength: 300 } }),
    access.role === 'COMMUNE' ? null
      : field('select', 'pollutionClass', { label: fieldLabel('pollutionClass'), value: v('pollutionClass'),
        options: codes('site.pollution', POLLUTION_CLASSES) }),
    field('text', 'permitNumber', { label: fieldLabel('permitNumber'), value: v('permitNumber'), attrs: { maxlength: 100 } }),
    field('date', 'permitValidUntil', { label: fieldLabel('permitValidUntil'), value: v('permitValidUntil') }),
    field('text', 'locationPrecision', { label: fieldLabel('locationPrecision'), value: v('locationPrecision'),
      hint: t('siteForm.hint.locationPrecision'), attrs: { maxlength: 500 } }),
    field('textarea', 'note', { label: fieldLabel('note'), value: v('note'), attrs: { maxlength: 2000 } }),
  ].filter(Boolean);
}

/** A site's values by field name, as its form shows them ('' for none; the parent's id as text). */
export function valuesOf(feature) {
  const p = feature.properties;
  return {
    name: p.name ?? null,
    kind: p.kind ?? null,
    trade: p.trade ?? null,
    parentId: p.parent?.id ?? null,
    address: p.address ?? null,
    operatorName: p.operatorName ?? null,
    pollutionClass: p.pollutionClass ?? null,
    permitNumber: p.permitNumber ?? null,
    permitValidUntil: p.permitValidUntil ?? null,
    locationPrecision: p.locationPrecision ?? null,
    note: p.note ?? null,
  };
}

/** A geometry in words: "Điểm 21.16714, 106.06056" or "Vùng, 5 đỉnh". */
export function geometrySummary(geometry) {
  if (!geometry) return t('siteForm.geometry.none');
  if (geometry.type === 'Point') {
    const [lon, lat] = geometry.coordinates;
    return t('siteForm.geometry.point', { lat: lat.toFixed(5), lon: lon.toFixed(5) });
  }
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0][0];
  return t('siteForm.geometry.polygon', { n: Math.max(0, ring.length - 1) });
}
