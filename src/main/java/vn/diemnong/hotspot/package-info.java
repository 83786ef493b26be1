/**
 * Where pollution concentrates or comes back: site risk with its reasons, Getis-Ord Gi* hot and cold areas on a
 * hexagon grid, emerging trends per month, and the same numbers per commune.
 */
@NullMarked
package vn.diemnong.hotspot;

import org.jspecify.annotations.NullMarked;
