package vn.diemnong.hotspot.risk;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One part of a risk score: what it is ({@code code}), how many points it adds, and the record behind it.
 *
 * @param code         violation | exceedance | overdue | reactivated-status | reactivation | observation-restart |
 *                     observation-stockpile | inspection-gap | trade
 * @param contribution points added to the score (the contributions of a score add up to it)
 * @param recordType   violation | inspection | status_event | observation | site, the kind of record behind it
 * @param recordId     its id
 * @param date         the record's date, where it has one
 * @param facts        the numbers the contribution was computed from, in order (e.g. severity, age in days)
 */
public record RiskReason(String code, double contribution, String recordType, long recordId, @Nullable LocalDate date,
		List<Object> facts) {

	RiskReason scaled(double factor) {
		return new RiskReason(code, contribution * factor, recordType, recordId, date, facts);
	}
}
