package vn.diemnong.patrol;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Stores plans and reads them back; plans are never changed once stored (V22). */
@Component
class PlanStore {

	private static final TypeReference<List<PatrolPlan.Reason>> REASONS = new TypeReference<>() {
	};
	private static final TypeReference<List<String>> CHECKS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	PlanStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** @return the new plan's id */
	long save(PlanDraft plan, String createdBy) {
		long id = jdbc.sql("""
				INSERT INTO patrol_plan (plan_date, geom, communes, start_point, start_label, start_time, hours,
				        speed_kmh, minutes_per_stop, detour_factor, seed, method, candidate_count, total_distance_m,
				        total_minutes, risk_covered, area_risk, created_by)
				VALUES (:date, ST_Multi(ST_GeomFromText(:area, 4326)), :communes,
				        ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), :label, :startTime, :hours, :speed, :perStop,
				        :detour, :seed, :method, :candidates, :distance, :minutes, :risk, :areaRisk, :createdBy)
				RETURNING id""")
			.param("date", plan.date())
			.param("area", plan.areaWkt())
			.param("communes", plan.communes().toArray(String[]::new))
			.param("lon", plan.start().lon())
			.param("lat", plan.start().lat())
			.param("label", plan.start().label())
			.param("startTime", plan.startTime())
			.param("hours", plan.hours())
			.param("speed", plan.speedKmh())
			.param("perStop", plan.minutesPerStop())
			.param("detour", plan.detourFactor())
			.param("seed", plan.seed())
			.param("method", plan.method())
			.param("candidates", plan.candidates())
			.param("distance", plan.totalDistanceMeters())
			.param("minutes", plan.totalMinutes())
			.param("risk", plan.riskCovered())
			.param("areaRisk", plan.areaRisk())
			.param("createdBy", createdBy)
			.query(Long.class)
			.single();
		for (PatrolPlan.Stop stop : plan.stops()) {
			jdbc.sql("""
					INSERT INTO patrol_plan_stop (plan_id, stop_order, site_id, site_name, commune_code, geom, arrival,
					        minutes_from_start, leg_meters, risk, reasons, checks)
					VALUES (:plan, :order, :site, :name, :commune, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), :arrival,
					        :fromStart, :leg, :risk, CAST(:reasons AS jsonb), CAST(:checks AS jsonb))""")
				.param("plan", id)
				.param("order", stop.order())
				.param("site", stop.siteId())
				.param("name", stop.name())
				.param("commune", stop.communeCode())
				.param("lon", stop.lon())
				.param("lat", stop.lat())
				.param("arrival", stop.arrival())
				.param("fromStart", stop.minutesFromStart())
				.param("leg", stop.legMeters())
				.param("risk", stop.risk())
				.param("reasons", json.writeValueAsString(stop.reasons()))
				.param("checks", json.writeValueAsString(stop.checks()))
				.update();
		}
		return id;
	}

	Optional<PatrolPlan> find(long id) {
		List<PatrolPlan.Stop> stops = jdbc.sql("""
				SELECT stop_order, site_id, site_name, commune_code, ST_X(geom) AS lon, ST_Y(geom) AS lat, arrival,
				       minutes_from_start, leg_meters, risk, reasons::text AS reasons, checks::text AS checks
				FROM patrol_plan_stop WHERE plan_id = :id ORDER BY stop_order""")
			.param("id", id)
			.query((rs, n) -> new PatrolPlan.Stop(rs.getLong("site_id"), rs.getInt("stop_order"),
					rs.getString("site_name"), rs.getString("commune_code"), rs.getDouble("lon"), rs.getDouble("lat"),
					rs.getObject("arrival", LocalTime.class), rs.getDouble("minutes_from_start"),
					rs.getDouble("leg_meters"), rs.getDouble("risk"), json.readValue(rs.getString("reasons"), REASONS),
					json.readValue(rs.getString("checks"), CHECKS)))
			.list();
		return jdbc.sql("""
				SELECT id, plan_date, ST_AsGeoJSON(geom, 6) AS area, communes, ST_X(start_point) AS lon,
				       ST_Y(start_point) AS lat, start_label, start_time, hours, speed_kmh, minutes_per_stop,
				       detour_factor, seed, method, candidate_count, total_distance_m, total_minutes, risk_covered,
				       area_risk, created_by, created_at
				FROM patrol_plan WHERE id = :id""")
			.param("id", id)
			.query((rs, n) -> plan(rs, stops))
			.optional();
	}

	/** The communes a stored plan was made for, to check the caller's scope before anything else is read. */
	Optional<List<String>> communesOf(long id) {
		return jdbc.sql("SELECT communes FROM patrol_plan WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> Arrays.asList((String[]) rs.getArray("communes").getArray()))
			.optional();
	}

	private PatrolPlan plan(ResultSet rs, List<PatrolPlan.Stop> stops) throws SQLException {
		double speed = rs.getDouble("speed_kmh");
		double total = rs.getDouble("total_distance_m");
		PatrolPlan.Start start = new PatrolPlan.Start(rs.getDouble("lon"), rs.getDouble("lat"),
				rs.getString("start_label"));
		double areaRisk = rs.getDouble("area_risk");
		double covered = rs.getDouble("risk_covered");
		JsonNode area = json.readTree(rs.getString("area"));
		return new PatrolPlan(rs.getLong("id"), rs.getObject("plan_date", LocalDate.class),
				Arrays.asList((String[]) rs.getArray("communes").getArray()), area, start,
				rs.getObject("start_time", LocalTime.class), rs.getDouble("hours"), speed,
				rs.getInt("minutes_per_stop"), rs.getDouble("detour_factor"), rs.getLong("seed"),
				rs.getString("method"), rs.getInt("candidate_count"), stops, legs(start, stops, total, speed),
				total, rs.getDouble("total_minutes"), covered, areaRisk, areaRisk > 0 ? covered / areaRisk : 0,
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
	}

	/** The legs, straight from point to point (the seam for a road network is {@link TravelTimes}). */
	static List<PatrolPlan.Leg> legs(PatrolPlan.Start start, List<PatrolPlan.Stop> stops, double total,
			double speedKmh) {
		List<PatrolPlan.Leg> legs = new ArrayList<>();
		double lon = start.lon();
		double lat = start.lat();
		double sum = 0;
		for (PatrolPlan.Stop stop : stops) {
			legs.add(leg(stop.order() - 1, stop.order(), stop.legMeters(), speedKmh, lon, lat, stop.lon(), stop.lat()));
			sum += stop.legMeters();
			lon = stop.lon();
			lat = stop.lat();
		}
		if (!stops.isEmpty()) {
			legs.add(leg(stops.size(), stops.size() + 1, Math.max(0, total - sum), speedKmh, lon, lat, start.lon(),
					start.lat()));
		}
		return legs;
	}

	private static PatrolPlan.Leg leg(int from, int to, double meters, double speedKmh, double lon1, double lat1,
			double lon2, double lat2) {
		return new PatrolPlan.Leg(from, to, meters, meters / (speedKmh * 1000 / 60),
				List.of(List.of(lon1, lat1), List.of(lon2, lat2)));
	}
}
