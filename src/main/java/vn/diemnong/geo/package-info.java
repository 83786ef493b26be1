/**
 * Administrative units with their validity (communes before and after 1 July 2025 and the crosswalk between them),
 * and geometry handling: GeoJSON input checked by PostGIS, the province's extent, the commune at a place.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.diemnong.geo;

import org.jspecify.annotations.NullMarked;
