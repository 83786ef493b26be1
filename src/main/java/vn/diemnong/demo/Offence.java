package vn.diemnong.demo;

import java.util.Map;

/** What an inspection found wrong, before any decision: a violation category, its severity and legal basis. */
record Offence(String category, int severity, String legalReference) {

	static final String DECREE = "NĐ 45/2022/NĐ-CP";

	/** How an inspection report words each category. */
	private static final Map<String, String> WORDING = Map.of(
			"wastewater_exceedance", "xả nước thải vượt quy chuẩn",
			"emission_exceedance", "xả bụi, khí thải vượt quy chuẩn",
			"no_environmental_permit", "không có giấy phép môi trường",
			"no_treatment_system", "không có hệ thống xử lý chất thải",
			"illegal_scrap_recycling", "tái chế phế liệu trái phép",
			"scrap_stockpiling", "tập kết phế liệu trái phép",
			"illegal_waste_dumping", "đổ thải trái phép",
			"operating_after_closure", "hoạt động trở lại sau khi đã dừng, đình chỉ");

	/** Severity by how many times the limit: below 1.5, below 3, from 3. */
	static int severity(double exceedance) {
		return exceedance < 1.5 ? 1 : exceedance < 3 ? 2 : 3;
	}

	/** An offence without a sample, under the decree as a whole. */
	static Offence of(String category, int severity) {
		return new Offence(category, severity, DECREE);
	}

	boolean exceedance() {
		return category.endsWith("_exceedance");
	}

	String wording() {
		return WORDING.get(category);
	}
}
