package vn.diemnong.inspection;

import java.util.Locale;

/** Compares units as people write them: "mg/l" is "mg/L", "mg/Nm3" is "mg/Nm³", "µg" is "ug". */
final class Units {

	private Units() {
	}

	static boolean same(String expected, String given) {
		return normal(expected).equals(normal(given));
	}

	private static String normal(String unit) {
		return unit.replace(" ", "").replace("³", "3").replace("µ", "u").replace("μ", "u").toLowerCase(Locale.ROOT);
	}
}
