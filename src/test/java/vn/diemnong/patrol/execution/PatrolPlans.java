package vn.diemnong.patrol.execution;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans for the patrol tests, stored as the plan module stores them (V22) but with the stops chosen by the test:
 * the sites given, in that order, in a small area around the first.
 */
public final class PatrolPlans {

	private PatrolPlans() {
	}

	public static long plan(JdbcClient jdbc, List<Long> siteIds) {
		long id = jdbc.sql("""
				INSERT INTO patrol_plan (plan_date, geom, communes, start_point, start_time, hours, speed_kmh,
				        minutes_per_stop, detour_factor, seed, method, candidate_count, total_distance_m, total_minutes,
				        risk_covered, area_risk, created_by)
				SELECT current_date, ST_Multi(ST_Buffer(ST_PointOnSurface(s.geom), 0.05)),
				       ARRAY[s.commune_code], ST_PointOnSurface(s.geom), '08:00', 4, 25, 15, 1.4, 1, 'test', :n, 0, 0,
				       0, 0, 'test'
				FROM site_current s WHERE s.id = :first
				RETURNING id""")
			.param("n", siteIds.size()).param("first", siteIds.get(0))
			.query(Long.class).single();
		for (int i = 0; i < siteIds.size(); i++) {
			jdbc.sql("""
					INSERT INTO patrol_plan_stop (plan_id, stop_order, site_id, site_name, commune_code, geom, arrival,
					        minutes_from_start, leg_meters, risk, reasons, checks)
					SELECT :plan, :order, s.id, s.name, s.commune_code, ST_PointOnSurface(s.geom), '09:00', 60, 1000,
					       50, '[{"code": "violation", "contribution": 30, "date": null}]',
					       '["Kiểm tra lò nấu có hoạt động không"]'
					FROM site_current s WHERE s.id = :site""")
				.param("plan", id).param("order", i + 1).param("site", siteIds.get(i))
				.update();
		}
		return id;
	}
}
