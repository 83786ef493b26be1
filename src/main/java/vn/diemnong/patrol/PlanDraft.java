package vn.diemnong.patrol;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A plan computed and not yet stored.
 *
 * @param areaWkt the area as WKT in WGS84 (a Polygon or MultiPolygon)
 */
record PlanDraft(LocalDate date, String areaWkt, List<String> communes, PatrolPlan.Start start, LocalTime startTime,
		double hours, double speedKmh, int minutesPerStop, double detourFactor, long seed, String method,
		int candidates, List<PatrolPlan.Stop> stops, double totalDistanceMeters, double totalMinutes,
		double riskCovered, double areaRisk) {
}
