package vn.diemnong.regulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import vn.diemnong.common.Csv;

/** One row of {@code regulation_limit} as read from the QCVN CSV files. */
record Row(String regulation, LocalDate validFrom, @Nullable LocalDate validTo, String medium, String parameter,
		String nameVi, String nameEn, String unit, @Nullable BigDecimal limitA, @Nullable BigDecimal limitB,
		@Nullable String rangeA, @Nullable String rangeB, String verification, @Nullable String source) {

	/** QCVN 40 and 19 tables: columns A and B, a value or a range such as pH "5.5-9". */
	static Row columns(String regulation, LocalDate from, @Nullable LocalDate to, String medium, String code,
			CSVRecord row, String verification) {
		String a = row.get("column_A");
		String b = row.get("column_B");
		return new Row(regulation, from, to, medium, code, row.get("parameter_vi"), row.get("parameter_en"),
				unit(row.get("unit")), number(a), number(b), range(a), range(b), verification, Csv.optional(row, "source"));
	}

	Row successor(String newRegulation, LocalDate from, String newVerification) {
		return new Row(newRegulation, from, null, medium, parameter, nameVi, nameEn, unit, limitA, limitB, rangeA, rangeB,
				newVerification, source);
	}

	/** QCVN 05:2023: the 24-hour mean where there is one, else the 1-hour mean, in both columns. */
	static Row ambient(String code, CSVRecord row) {
		boolean daily = Csv.optional(row, "avg_24h") != null;
		BigDecimal limit = number(daily ? row.get("avg_24h") : row.get("avg_1h"));
		String name = row.get("parameter") + (daily ? " (TB 24 giờ)" : " (TB 1 giờ)");
		String nameEn = row.get("parameter") + (daily ? " (24 h mean)" : " (1 h mean)");
		return new Row("QCVN 05:2023/BTNMT", LocalDate.of(2023, 3, 13), null, "ambient_air", code, name, nameEn,
				unit(row.get("unit")), limit, limit, null, null, row.get("verification"), row.get("source"));
	}

	/** QCVN 26:2010: column A = special areas (hospitals, schools…), column B = common areas; day and night. */
	static List<Row> noise(List<CSVRecord> rows) {
		CSVRecord special = rows.get(0);
		CSVRecord common = rows.get(1);
		return List.of(noiseRow("LAeq_day", "Tiếng ồn ban ngày (6–21 h)", "Noise, day (6–21 h)", special, common,
				"day_06_21_dBA"), noiseRow("LAeq_night", "Tiếng ồn ban đêm (21–6 h)", "Noise, night (21–6 h)", special,
				common, "night_21_06_dBA"));
	}

	private static Row noiseRow(String code, String vi, String en, CSVRecord special, CSVRecord common, String column) {
		return new Row("QCVN 26:2010/BTNMT", LocalDate.of(2011, 1, 1), null, "noise", code, vi, en, "dBA",
				number(special.get(column)), number(common.get(column)), null, null, common.get("verification"),
				common.get("source"));
	}

	private static @Nullable BigDecimal number(String text) {
		return text == null || text.isBlank() || text.contains("-") && text.indexOf('-') > 0 ? null : new BigDecimal(text);
	}

	/** "5.5-9" → "[5.5,9]"; null when the text is a single value. */
	private static @Nullable String range(String text) {
		int dash = text == null ? -1 : text.indexOf('-');
		return dash > 0 ? "[" + text.substring(0, dash) + "," + text.substring(dash + 1) + "]" : null;
	}

	/** Units as the API states them; the CSV's coliform unit is a description. */
	private static String unit(String unit) {
		if (unit.contains("100 mL")) {
			return "MPN/100mL";
		}
		return unit.replace("Nm3", "Nm³").replace("-", "pH");
	}
}
