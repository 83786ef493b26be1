/**
 * Administrative units with their validity (communes before and after 1 July 2025 and the crosswalk between them),
 * and geometry handling: GeoJSON input checked by PostGIS, the province's extent, the commune at a place. Other
 * modules use {@link vn.diemnong.geo.AdminUnits}, {@link vn.diemnong.geo.Geometries}, their
 * {@link vn.diemnong.geo.CommuneRef} and the {@link vn.diemnong.geo.ProvinceProperties}; loading the boundaries is
 * internal.
 */
@NullMarked
package vn.diemnong.geo;

import org.jspecify.annotations.NullMarked;
