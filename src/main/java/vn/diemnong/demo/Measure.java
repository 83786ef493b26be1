package vn.diemnong.demo;

import java.util.Set;

/** A parameter a sample measures, with the codes of {@code regulation_limit}. */
record Measure(String medium, String parameter) {

	/** Heavy metals and cyanide: NĐ 45/2022 fines their exceedance under its own article (Điều 19). */
	private static final Set<String> HAZARDOUS = Set.of("As", "Hg", "Pb", "Cd", "Cr6", "Cu", "Zn", "Ni", "CN");

	static Measure water(String parameter) {
		return new Measure("wastewater", parameter);
	}

	static Measure air(String parameter) {
		return new Measure("emission", parameter);
	}

	boolean wastewater() {
		return "wastewater".equals(medium);
	}

	boolean hazardous() {
		return wastewater() && HAZARDOUS.contains(parameter);
	}

	/** pH has a range, not a ceiling: its samples stay near neutral and exceed only when strongly alkaline. */
	boolean ranged() {
		return "pH".equals(parameter);
	}
}
