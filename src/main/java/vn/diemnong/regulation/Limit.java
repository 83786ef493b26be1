package vn.diemnong.regulation;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The limit a regulation sets for one parameter, in one column (A: water used for domestic supply, or the stricter
 * area; B: otherwise). A range (pH) has {@code min} and {@code max}; a ceiling only {@code max}.
 *
 * @param verification how far the value is verified (verified, corroborated, recalled, NOT RETRIEVED …)
 */
public record Limit(long id, String regulation, String medium, String parameter, String nameVi, String nameEn,
		String unit, char column, @Nullable BigDecimal min, @Nullable BigDecimal max, String verification) {

	/** How many times the limit the value is: above 1 means exceeded. For a range, the side the value is on. */
	public @Nullable BigDecimal exceedance(BigDecimal value) {
		if (max == null || max.signum() <= 0) {
			return null;
		}
		if (min != null && value.compareTo(min) < 0 && value.signum() > 0) {
			return min.divide(value, 3, java.math.RoundingMode.HALF_UP);
		}
		return value.divide(max, 3, java.math.RoundingMode.HALF_UP);
	}
}
