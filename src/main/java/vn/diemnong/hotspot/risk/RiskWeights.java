package vn.diemnong.hotspot.risk;

import java.util.Map;

/**
 * The weights of the risk score, read from the department's configuration file ({@code config/risk-weights.properties}).
 *
 * @param halfLifeDays          a violation's points halve every this many days
 * @param severityPoints        points of a fresh violation by severity 1, 2, 3
 * @param lookBackDays          how far back violations and exceedances count
 * @param exceedancePerDoubling points per doubling of the limit (exceedance 2 → this, 4 → twice this)
 * @param exceedanceCap         at most this many points from samples
 * @param overduePoints         points per overdue remedial deadline
 * @param overdueCap            at most this many points from overdue deadlines
 * @param reactivatedStatus     points while the site's status is {@code reactivated}
 * @param reactivationPoints    points per reactivation event within the look-back window
 * @param reactivationCap       at most this many points from reactivation events
 * @param inspectionGraceDays   no points until this long since the last inspection
 * @param inspectionGapPoints   points reached at {@code inspectionGapFullDays} since the last inspection
 * @param inspectionGapFullDays days at which the gap points are full
 * @param tradePoints           inherent risk of each trade
 * @param riskiestMemberShare   a village's, cluster's or zone's share of its riskiest member's score
 * @param riskyMemberThreshold  a member scoring at least this is a risky member
 * @param riskyMemberPoints     points per risky member other than the riskiest
 * @param riskyMemberCap        at most this many points from risky members
 * @param observations          points of field observations ({@link ObservationRiskReasons})
 */
public record RiskWeights(int halfLifeDays, Map<Integer, Double> severityPoints, int lookBackDays,
		double exceedancePerDoubling, double exceedanceCap, double overduePoints, double overdueCap,
		double reactivatedStatus, double reactivationPoints, double reactivationCap, int inspectionGraceDays,
		double inspectionGapPoints, int inspectionGapFullDays, Map<String, Double> tradePoints,
		double riskiestMemberShare, double riskyMemberThreshold, double riskyMemberPoints, double riskyMemberCap,
		ObservationWeights observations) {

	/**
	 * @param restartPoints   per observation that saw the site working again (within the look-back window)
	 * @param stockpilePoints per observation that saw scrap stockpiled
	 * @param cap             at most this many points from observations
	 */
	public record ObservationWeights(double restartPoints, double stockpilePoints, double cap) {
	}
}
