package vn.diemnong.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An inspection as a site's history records it, with its samples and findings, before it gets a key. */
record Visit(int siteKey, LocalDate date, String kind, List<String> team, String legalBasis, String outcome,
		String filedCommuneCode, List<Measurement> samples, List<Finding> findings) {

	/** A sample as a multiple of its limit, rounded to 3 decimals as {@code sample.exceedance} is. */
	record Measurement(Measure measure, BigDecimal exceedance) {
	}
}
