/** What the map page needs to start: the province's extent, the base map, the default period and the code lists. */
@NullMarked
package vn.diemnong.map;

import org.jspecify.annotations.NullMarked;
