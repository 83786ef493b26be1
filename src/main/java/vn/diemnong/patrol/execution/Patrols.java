package vn.diemnong.patrol.execution;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diemnong.audit.AuditLog;
import vn.diemnong.common.Actor;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Coded;
import vn.diemnong.common.Scope;

/**
 * Patrols carried out: created for a plan, started, finished; the outcome at each stop and the track, all audited.
 * A commune's user reaches only the patrols counted in their communes; any other is "not found".
 */
@Service
class Patrols {

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;
	private final PatrolSettings settings;
	private final PatrolQueries queries;

	Patrols(JdbcClient jdbc, AuditLog audit, Clock clock, PatrolSettings settings, PatrolQueries queries) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
		this.queries = queries;
	}

	/** The patrol with its stops, their outcomes and its track, as JSON; 404 outside the caller's communes. */
	@Transactional(readOnly = true)
	String view(long id) {
		String commune = jdbc.sql("SELECT coalesce(commune_code, '') FROM patrol WHERE id = :id").param("id", id)
			.query(String.class).optional().orElseThrow(() -> ApiProblem.notFound("patrol", id));
		Scope.require(commune, "patrol", id);
		return queries.one(id).orElseThrow();
	}

	/** The patrol's row as the service needs it, locked for the rest of the transaction. */
	record Row(long id, long planId, PatrolStatus status, @Nullable String communeCode, @Nullable Instant startedAt,
			@Nullable Instant endedAt) {
	}

	/** A track batch as stored: {@code replayed} when this key had been stored before and nothing was added now. */
	record TrackReceipt(long batchId, int points, boolean replayed) {
	}

	/**
	 * A patrol for the plan, planned. It is counted in the commune where most of the plan's stops are (the first of
	 * the plan's communes for a plan without stops); a commune's user may create it only there.
	 */
	@Transactional
	long create(long planId, NewPatrol request) {
		List<String> communes = jdbc.sql("SELECT communes FROM patrol_plan WHERE id = :id")
			.param("id", planId)
			.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray()))
			.optional().orElseThrow(() -> ApiProblem.notFound("patrol-plan", planId));
		String commune = jdbc.sql("""
				SELECT commune_code FROM patrol_plan_stop WHERE plan_id = :id AND commune_code IS NOT NULL
				GROUP BY commune_code ORDER BY count(*) DESC, commune_code LIMIT 1""")
			.param("id", planId).query(String.class).optional()
			.orElse(communes.isEmpty() ? null : communes.get(0));
		Scope.require(commune == null ? "" : commune, "patrol-plan", planId);
		long id = jdbc.sql("""
				INSERT INTO patrol (plan_id, team, commune_code, created_by) VALUES (:plan, :team, :commune, :by)
				RETURNING id""")
			.param("plan", planId).param("team", request.team().strip()).param("commune", commune)
			.param("by", Actor.current())
			.query(Long.class).single();
		audit.record("patrol.create", "patrol", id, null, audit.snapshot("patrol", id));
		return id;
	}

	/** planned → in progress, now; 409 from any other status. */
	@Transactional
	void start(long id) {
		Row patrol = lock(id);
		move(patrol, patrol.status().start(), "started_at", "patrol.start");
	}

	/** in progress → done, now; 409 from any other status. */
	@Transactional
	void finish(long id) {
		Row patrol = lock(id);
		move(patrol, patrol.status().finish(), "ended_at", "patrol.finish");
	}

	private void move(Row patrol, PatrolStatus to, String timeColumn, String action) {
		String before = audit.snapshot("patrol", patrol.id());
		jdbc.sql("UPDATE patrol SET status = :status, " + timeColumn + " = :at WHERE id = :id")
			.param("status", to.code()).param("at", now()).param("id", patrol.id())
			.update();
		audit.record(action, "patrol", patrol.id(), before, audit.snapshot("patrol", patrol.id()));
	}

	/**
	 * Records the outcome at the plan's stop {@code order}: only while the patrol is in progress (409 otherwise), once
	 * per stop (409 for a second one), at a time between the start and now (400 otherwise).
	 */
	@Transactional
	long recordOutcome(long id, int order, OutcomeRequest request) {
		Row patrol = lock(id);
		patrol.status().requireUnderWay("outcome");
		long siteId = jdbc.sql("SELECT site_id FROM patrol_plan_stop WHERE plan_id = :plan AND stop_order = :order")
			.param("plan", patrol.planId()).param("order", order)
			.query(Long.class).optional().orElseThrow(() -> ApiProblem.notFound("patrol-stop", order));
		StopOutcome outcome = Coded.parse(StopOutcome.class, "outcome", request.outcome());
		OffsetDateTime at = request.recordedAt() == null ? now() : request.recordedAt();
		if (at.toInstant().isBefore(patrol.startedAt().minus(TrackChecks.CLOCK_SLACK))
				|| at.toInstant().isAfter(clock.instant().plus(TrackChecks.CLOCK_SLACK))) {
			throw ApiProblem.invalid("recordedAt", "patrol.track.outside-patrol", at.toString());
		}
		// the observation made there is one of this site's (the observation module's published facts)
		if (request.observationId() != null && !jdbc.sql(
				"SELECT EXISTS (SELECT 1 FROM observation_fact WHERE id = :observation AND site_id = :site)")
			.param("observation", request.observationId()).param("site", siteId).query(Boolean.class).single()) {
			throw ApiProblem.invalid("observationId", "patrol.outcome.observation-elsewhere", request.observationId());
		}
		boolean recorded = jdbc.sql("SELECT EXISTS (SELECT 1 FROM patrol_stop_outcome WHERE patrol_id = :id AND stop_order = :order)")
			.param("id", id).param("order", order).query(Boolean.class).single();
		if (recorded) {
			throw new ApiProblem(HttpStatus.CONFLICT, "conflict",
					List.of(new ApiProblem.FieldProblem("order", "patrol.stop.already-recorded", order)));
		}
		long outcomeId = jdbc.sql("""
				INSERT INTO patrol_stop_outcome (patrol_id, stop_order, site_id, outcome, found, observation_id,
				                                 recorded_at, recorded_by)
				VALUES (:id, :order, :site, :outcome, :found, :observation, :at, :by)
				RETURNING id""")
			.param("id", id).param("order", order).param("site", siteId).param("outcome", outcome.code())
			.param("found", request.found() == null || request.found().isBlank() ? null : request.found().strip())
			.param("observation", request.observationId()).param("at", at).param("by", Actor.current())
			.query(Long.class).single();
		audit.record("patrol.visit", "patrol_stop_outcome", outcomeId, null,
				audit.snapshot("patrol_stop_outcome", outcomeId));
		return outcomeId;
	}

	/**
	 * Stores a batch of track points exactly once per Idempotency-Key: the same key again (a retry after a lost
	 * answer) stores nothing and answers as the first time; the same key with other points is refused (409). The
	 * patrol must have started; the points must lie within it (a phone may send its queue after the finish).
	 */
	@Transactional
	TrackReceipt recordTrack(long id, @Nullable String idempotencyKey, TrackBatch batch) {
		String key = TrackChecks.key(idempotencyKey);
		Row patrol = lock(id);
		if (patrol.status() == PatrolStatus.PLANNED) {
			patrol.status().requireUnderWay("track");
		}
		String hash = TrackChecks.contentHash(batch.points());
		Optional<TrackReceipt> stored = jdbc.sql("""
				SELECT id, point_count, content_hash FROM patrol_track_batch WHERE patrol_id = :id AND idempotency_key = :key""")
			.param("id", id).param("key", key)
			.query((rs, n) -> {
				if (!rs.getString("content_hash").equals(hash)) {
					throw new ApiProblem(HttpStatus.CONFLICT, "conflict",
							List.of(new ApiProblem.FieldProblem("Idempotency-Key", "patrol.track.key-reused")));
				}
				return new TrackReceipt(rs.getLong("id"), rs.getInt("point_count"), true);
			}).optional();
		if (stored.isPresent()) {
			return stored.get();
		}
		TrackChecks.check(batch.points(), patrol.startedAt(), patrol.endedAt(), clock.instant(), settings.maxTrackPoints());
		long batchId = jdbc.sql("""
				INSERT INTO patrol_track_batch (patrol_id, idempotency_key, content_hash, point_count, received_by)
				VALUES (:id, :key, :hash, :count, :by) RETURNING id""")
			.param("id", id).param("key", key).param("hash", hash).param("count", batch.points().size())
			.param("by", Actor.current())
			.query(Long.class).single();
		insertPoints(id, batchId, batch.points());
		audit.record("patrol.track", "patrol_track_batch", batchId, null, audit.snapshot("patrol_track_batch", batchId));
		return new TrackReceipt(batchId, batch.points().size(), false);
	}

	private void insertPoints(long patrolId, long batchId, List<TrackPoint> points) {
		jdbc.sql("""
				INSERT INTO patrol_track_point (batch_id, patrol_id, geom, accuracy_m, recorded_at)
				SELECT :batch, :patrol, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326), p.accuracy, p.at
				FROM unnest(CAST(:lons AS double precision[]), CAST(:lats AS double precision[]),
				            CAST(:accuracies AS real[]), CAST(CAST(:times AS text[]) AS timestamptz[])) AS p (lon, lat, accuracy, at)""")
			.param("batch", batchId).param("patrol", patrolId)
			.param("lons", points.stream().map(TrackPoint::lon).toArray(Double[]::new))
			.param("lats", points.stream().map(TrackPoint::lat).toArray(Double[]::new))
			.param("accuracies", points.stream().map(p -> p.accuracy() == null ? null : p.accuracy().floatValue())
				.toArray(Float[]::new))
			// as ISO text: the driver binds no array of date-times
			.param("times", points.stream().map(p -> p.recordedAt().toInstant().toString()).toArray(String[]::new))
			.update();
	}

	/** The patrol locked for this transaction (its changes queue one behind the other); 404 outside the scope. */
	Row lock(long id) {
		Row row = jdbc.sql("""
				SELECT id, plan_id, status, commune_code, started_at, ended_at FROM patrol WHERE id = :id FOR UPDATE""")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("plan_id"),
					Coded.parse(PatrolStatus.class, "status", rs.getString("status")), rs.getString("commune_code"),
					instant(rs.getObject("started_at", OffsetDateTime.class)),
					instant(rs.getObject("ended_at", OffsetDateTime.class))))
			.optional().orElseThrow(() -> ApiProblem.notFound("patrol", id));
		Scope.require(row.communeCode() == null ? "" : row.communeCode(), "patrol", id);
		return row;
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
