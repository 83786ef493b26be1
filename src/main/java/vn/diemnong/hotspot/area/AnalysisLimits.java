package vn.diemnong.hotspot.area;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one analysis may ask of the machine. A distance band is bounded relative to the cell (the neighbour lists
 * grow with its square), a monthly cube by its months, and each user runs only a few analyses at once.
 *
 * @param maxBandCells      the widest band, in cell edges (10 gives about 120 neighbours a cell)
 * @param maxCubeMonths     the most months a space-time cube (emerging hot spots, a cell's z series) may span
 * @param perUser           analyses one user may run at the same time
 * @param total             analyses the service runs at the same time, all users together
 * @param retryAfter        what a refused caller is told to wait
 * @param keptBands         neighbour lists kept per grid (by band), least recently used dropped first
 */
@ConfigurationProperties("diemnong.hotspot.limits")
record AnalysisLimits(@DefaultValue("10") double maxBandCells, @DefaultValue("60") int maxCubeMonths,
		@DefaultValue("2") int perUser, @DefaultValue("4") int total, @DefaultValue("5s") Duration retryAfter,
		@DefaultValue("4") int keptBands) {
}
