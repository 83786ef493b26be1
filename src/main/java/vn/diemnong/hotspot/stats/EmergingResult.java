package vn.diemnong.hotspot.stats;

/**
 * The emerging hot spot pattern of one cell.
 *
 * @param category the pattern
 * @param trend the Mann-Kendall test of the cell's Gi* z-scores over the slices, which decided intensifying,
 *     persistent or diminishing
 */
public record EmergingResult(EmergingCategory category, MannKendallResult trend) {
}
