package vn.diemnong.hotspot.stats;

/**
 * Emerging hot spot categories of ArcGIS Pro's Emerging Hot Spot Analysis; {@link EmergingHotspotClassifier} says
 * how each is decided.
 */
public enum EmergingCategory {
	NEW_HOT_SPOT("New Hot Spot"),
	CONSECUTIVE_HOT_SPOT("Consecutive Hot Spot"),
	INTENSIFYING_HOT_SPOT("Intensifying Hot Spot"),
	PERSISTENT_HOT_SPOT("Persistent Hot Spot"),
	DIMINISHING_HOT_SPOT("Diminishing Hot Spot"),
	SPORADIC_HOT_SPOT("Sporadic Hot Spot"),
	OSCILLATING_HOT_SPOT("Oscillating Hot Spot"),
	HISTORICAL_HOT_SPOT("Historical Hot Spot"),
	NEW_COLD_SPOT("New Cold Spot"),
	CONSECUTIVE_COLD_SPOT("Consecutive Cold Spot"),
	INTENSIFYING_COLD_SPOT("Intensifying Cold Spot"),
	PERSISTENT_COLD_SPOT("Persistent Cold Spot"),
	DIMINISHING_COLD_SPOT("Diminishing Cold Spot"),
	SPORADIC_COLD_SPOT("Sporadic Cold Spot"),
	OSCILLATING_COLD_SPOT("Oscillating Cold Spot"),
	HISTORICAL_COLD_SPOT("Historical Cold Spot"),
	NO_PATTERN("No Pattern Detected");

	private final String arcGisName;

	EmergingCategory(String arcGisName) {
		this.arcGisName = arcGisName;
	}

	/** @return the pattern name ArcGIS Pro uses, e.g. "Intensifying Hot Spot" */
	public String arcGisName() {
		return arcGisName;
	}

	/** @return whether this is one of the eight hot spot patterns */
	public boolean isHot() {
		return ordinal() < NEW_COLD_SPOT.ordinal();
	}

	/** @return whether this is one of the eight cold spot patterns */
	public boolean isCold() {
		return this != NO_PATTERN && !isHot();
	}
}
