package vn.diemnong.hotspot.stats;

/**
 * Hot and cold spot classes of a Gi* result, the {@code Gi_Bin} of ArcGIS Hot Spot Analysis: a significant positive
 * z-score is a hot spot, a significant negative one a cold spot, at the 99, 95 or 90 % confidence level.
 */
public enum GiClass {
	HOT_99(3),
	HOT_95(2),
	HOT_90(1),
	NONE(0),
	COLD_90(-1),
	COLD_95(-2),
	COLD_99(-3);

	private static final GiClass[] BY_ORDINAL = values();

	private final int bin;

	GiClass(int bin) {
		this.bin = bin;
	}

	/** @return ArcGIS's {@code Gi_Bin}: +3, +2, +1 for hot spots at 99, 95, 90 %, 0 for none, -1 to -3 for cold */
	public int bin() {
		return bin;
	}

	/** @return whether this is a hot spot at any confidence level */
	public boolean isHot() {
		return bin > 0;
	}

	/** @return whether this is a cold spot at any confidence level */
	public boolean isCold() {
		return bin < 0;
	}

	static GiClass of(double z, int level) {
		if (level == 0 || z == 0) {
			return NONE;
		}
		return BY_ORDINAL[z > 0 ? 3 - level : 3 + level];
	}
}
