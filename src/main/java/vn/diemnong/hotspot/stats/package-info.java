/**
 * The statistics behind the hot-spot maps, in plain Java: the PostGIS {@code ST_HexagonGrid} lattice and its
 * neighbours ({@link vn.diemnong.hotspot.stats.HexLattice}), Getis-Ord Gi* as spdep computes it
 * ({@link vn.diemnong.hotspot.stats.GiStar}), false discovery rate and hot/cold classes, the Mann-Kendall trend test
 * and ArcGIS Pro's emerging hot spot categories ({@link vn.diemnong.hotspot.stats.EmergingHotspotClassifier}).
 * Distances and coordinates are metres in a projected CRS (UTM zone 48N here).
 */
@NullMarked
package vn.diemnong.hotspot.stats;

import org.jspecify.annotations.NullMarked;
