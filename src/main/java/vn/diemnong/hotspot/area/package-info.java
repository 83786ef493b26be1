/**
 * Gi* hot and cold areas on the hexagon grid; {@link vn.diemnong.hotspot.area.HotCells} is published to the modules
 * that flag sites in hot cells (patrol).
 */
@NullMarked
@org.springframework.modulith.NamedInterface("area")
package vn.diemnong.hotspot.area;

import org.jspecify.annotations.NullMarked;
