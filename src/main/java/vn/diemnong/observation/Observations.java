package vn.diemnong.observation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.audit.AuditLog;
import vn.diemnong.common.Actor;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Coded;
import vn.diemnong.common.Messages;
import vn.diemnong.common.Scope;
import vn.diemnong.geo.Geometries;
import vn.diemnong.photo.Photo;
import vn.diemnong.photo.Photos;
import vn.diemnong.site.SiteKind;
import vn.diemnong.site.SiteRef;
import vn.diemnong.site.SiteStatus;
import vn.diemnong.site.Sites;

/** Files observations exactly once per (user, Idempotency-Key) and reads them back. */
@Service
class Observations {

	static final int MAX_PHOTOS = 5;
	static final String KEY_HEADER = "Idempotency-Key";
	private static final String KEY_FORMAT = "[A-Za-z0-9._:-]{8,100}";
	/** A phone's clock may run a little ahead of the server's. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

	private final JdbcClient jdbc;
	private final Sites sites;
	private final Photos photos;
	private final Geometries geometries;
	private final AuditLog audit;
	private final JsonMapper json;
	private final Messages messages;
	private final Clock clock;
	private final double maxDistanceM;

	Observations(JdbcClient jdbc, Sites sites, Photos photos, Geometries geometries, AuditLog audit, JsonMapper json,
			Messages messages, Clock clock, @Value("${diemnong.observation.max-distance-m:300}") double maxDistanceM) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.photos = photos;
		this.geometries = geometries;
		this.audit = audit;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
		this.maxDistanceM = maxDistanceM;
	}

	/** The answer to a filing: the first one for its key, replayed or not. */
	record Answer(int status, long id, String body, boolean replayed) {
	}

	/**
	 * Files an observation of {@code siteId}, or, with none, of the site it registers ({@code request.site()}).
	 * Serialised per (user, key) by a transaction-scoped advisory lock; the primary key of {@code observation_request}
	 * stands behind it. A repeat with the same content gets the first answer; with other content, 422.
	 */
	@Transactional
	Answer file(@Nullable Long siteId, String key, NewObservation request, List<Photo.Upload> uploads) {
		if (!key.matches(KEY_FORMAT)) {
			throw ApiProblem.invalid(KEY_HEADER, "observation.key-format");
		}
		if (uploads.size() > MAX_PHOTOS) {
			throw ApiProblem.invalid("photos", "observation.too-many-photos", MAX_PHOTOS);
		}
		String actor = Actor.current();
		String fingerprint = fingerprint(siteId, request, uploads);
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:actor || chr(10) || :key, 18))")
			.param("actor", actor).param("key", key).query((rs, n) -> 1).single();
		var first = jdbc.sql("""
				SELECT request_sha256, response_status, response_body, observation_id FROM observation_request
				WHERE recorded_by = :actor AND idempotency_key = :key""")
			.param("actor", actor).param("key", key)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4) })
			.optional();
		if (first.isPresent()) {
			Object[] row = first.get();
			if (!fingerprint.equals(row[0])) {
				throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
						List.of(new ApiProblem.FieldProblem(KEY_HEADER, "observation.key-reused")));
			}
			return new Answer((Integer) row[1], (Long) row[3], (String) row[2], true);
		}
		long id = create(siteId, request, uploads);
		String body = body(id);
		audit.record("observation.create", "observation", id, null, body);
		jdbc.sql("""
				INSERT INTO observation_request (recorded_by, idempotency_key, request_sha256, observation_id,
				                                 response_status, response_body)
				VALUES (:actor, :key, :sha, :id, 201, :body)""")
			.param("actor", actor).param("key", key).param("sha", fingerprint).param("id", id).param("body", body)
			.update();
		return new Answer(201, id, body, false);
	}

	private long create(@Nullable Long siteId, NewObservation request, List<Photo.Upload> uploads) {
		SiteStatus newStatus = Coded.parseOptional(SiteStatus.class, "newStatus", request.newStatus());
		Set<String> findings = new LinkedHashSet<>();
		for (String finding : request.findings()) {
			findings.add(Coded.parse(Finding.class, "findings", finding).code());
		}
		Geometry position = geometries.read(request.position(), "position", Set.of("POINT"));
		double lon = position.getCoordinate().x;
		double lat = position.getCoordinate().y;
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (request.observedAt().isAfter(now.plus(CLOCK_SKEW))) {
			throw ApiProblem.invalid("observedAt", "future-date", request.observedAt().toString());
		}
		ZoneId zone = clock.getZone();
		LocalDate observedOn = request.observedAt().atZoneSameInstant(zone).toLocalDate();
		boolean registered = siteId == null;
		SiteRef site;
		if (registered) {
			NewObservation.NewSite found = request.site();
			if (found == null) {
				throw ApiProblem.invalid("site", "constraint.NotNull");
			}
			long id = sites.registerFromField(found.name().strip(),
					found.kind() == null ? SiteKind.HOUSEHOLD_WORKSHOP.code() : found.kind(),
					found.trade() == null ? "scrap_trading" : found.trade(),
					newStatus == null ? null : newStatus.code(), lon, lat,
					messages.get(Messages.VI, "observation.registered-note", observedOn.toString()),
					messages.get(Messages.VI, "observation.registered-precision", Math.round(request.accuracyM())));
			site = sites.require(id);
		}
		else {
			if (request.site() != null) {
				throw ApiProblem.invalid("site", "observation.site-not-here");
			}
			site = sites.require(siteId);
		}
		List<Photo> stored = photos.accept(uploads);
		List<String> hashes = stored.stream().map(Photo::sha256).toList();
		Long statusEvent = null;
		if (newStatus != null && !registered) {
			String note = request.note() == null ? "" : request.note().strip();
			statusEvent = sites.recordObservedStatus(site.id(), newStatus.code(), observedOn,
					note.isEmpty() ? messages.get(Messages.VI, "observation.status-reason") : note,
					hashes.isEmpty() ? null : messages.get(Messages.VI, "observation.status-evidence",
							String.join(", ", hashes)),
					lon, lat);
		}
		double distance = jdbc.sql("""
				SELECT ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography)
				FROM site_current WHERE id = :id""")
			.param("lon", lon).param("lat", lat).param("id", site.id()).query(Double.class).single();
		long id = jdbc.sql("""
				INSERT INTO observation (site_id, site_registered, status_before, status_event_id, new_status, findings,
				                         note, observed_at, geom, accuracy_m, distance_m, max_distance_m, far,
				                         filed_commune_code, recorded_by)
				VALUES (:site, :registered, :before, :event, :newStatus, CAST(:findings AS text[]), :note, :observedAt,
				        ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), :accuracy, :distance, :max, :far, :commune, :by)
				RETURNING id""")
			.param("site", site.id()).param("registered", registered).param("before", site.status())
			.param("event", statusEvent).param("newStatus", newStatus == null ? null : newStatus.code())
			.param("findings", findings.toArray(String[]::new))
			.param("note", request.note() == null || request.note().isBlank() ? null : request.note().strip())
			.param("observedAt", request.observedAt()).param("lon", lon).param("lat", lat)
			.param("accuracy", request.accuracyM()).param("distance", distance).param("max", maxDistanceM)
			.param("far", distance > maxDistanceM).param("commune", site.communeCode()).param("by", Actor.current())
			.query(Long.class).single();
		for (int i = 0; i < hashes.size(); i++) {
			jdbc.sql("INSERT INTO observation_photo (observation_id, position, sha256) VALUES (?, ?, ?)")
				.params(id, i, hashes.get(i)).update();
		}
		return id;
	}

	/** What makes two filings the same: the site, the observation as read, and the photos' hashes in order. */
	private String fingerprint(@Nullable Long siteId, NewObservation request, List<Photo.Upload> uploads) {
		StringBuilder text = new StringBuilder().append(siteId).append('\n').append(json.writeValueAsString(request));
		uploads.forEach(upload -> text.append('\n').append(Photos.sha256Of(upload.bytes())));
		return Photos.sha256Of(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** An observation the caller may see, as JSON; 404 problem otherwise. */
	@Transactional(readOnly = true)
	String find(long id) {
		String commune = jdbc.sql("""
				SELECT s.commune_code FROM observation o JOIN site_current s ON s.id = o.site_id WHERE o.id = ?""")
			.param(id).query(String.class).optional().orElseThrow(() -> ApiProblem.notFound("observation", id));
		Scope.require(commune, "observation", id);
		return body(id);
	}

	private String body(long id) {
		Map<String, Object> row = jdbc.sql("""
				SELECT o.id, o.site_id, s.name AS site_name, o.site_registered, o.status_before, o.new_status,
				       o.status_event_id, o.findings, o.note, o.observed_at, ST_X(o.geom) AS lon, ST_Y(o.geom) AS lat,
				       o.accuracy_m, o.distance_m, o.max_distance_m, o.far, o.recorded_by, o.recorded_at,
				       ARRAY(SELECT p.sha256::text FROM observation_photo p WHERE p.observation_id = o.id
				             ORDER BY p.position) AS photos
				FROM observation o JOIN site_current s ON s.id = o.site_id WHERE o.id = ?""")
			.param(id).query().singleRow();
		ZoneId zone = clock.getZone();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id);
		body.put("siteId", row.get("site_id"));
		body.put("siteName", row.get("site_name"));
		body.put("siteRegistered", row.get("site_registered"));
		body.put("statusBefore", row.get("status_before"));
		putIfPresent(body, "newStatus", row.get("new_status"));
		putIfPresent(body, "statusEventId", row.get("status_event_id"));
		body.put("findings", List.of(strings(row.get("findings"))));
		putIfPresent(body, "note", row.get("note"));
		body.put("observedAt", time(row.get("observed_at"), zone));
		body.put("position", Map.of("type", "Point", "coordinates", List.of(row.get("lon"), row.get("lat"))));
		body.put("accuracyM", row.get("accuracy_m"));
		body.put("distanceM", Math.round((Double) row.get("distance_m") * 10) / 10.0);
		body.put("maxDistanceM", row.get("max_distance_m"));
		body.put("far", row.get("far"));
		List<Map<String, Object>> shown = new ArrayList<>();
		for (String sha : strings(row.get("photos"))) {
			Photo photo = photos.find(sha).orElseThrow();
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("sha256", sha);
			one.put("mediaType", photo.mediaType());
			one.put("width", photo.width());
			one.put("height", photo.height());
			one.put("bytes", photo.bytes());
			one.put("url", "/api/v1/photos/" + sha);
			one.put("thumbnailUrl", "/api/v1/photos/" + sha + "?size=thumb");
			if (photo.exifLon() != null) {
				one.put("exifPosition", Map.of("type", "Point", "coordinates", List.of(photo.exifLon(), photo.exifLat())));
			}
			shown.add(one);
		}
		body.put("photos", shown);
		body.put("recordedBy", row.get("recorded_by"));
		body.put("recordedAt", time(row.get("recorded_at"), zone));
		return json.writeValueAsString(body);
	}

	private static void putIfPresent(Map<String, Object> body, String key, @Nullable Object value) {
		if (value != null) {
			body.put(key, value);
		}
	}

	private static String[] strings(@Nullable Object array) {
		try {
			return array == null ? new String[0] : (String[]) ((java.sql.Array) array).getArray();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String time(@Nullable Object value, ZoneId zone) {
		java.sql.Timestamp timestamp = (java.sql.Timestamp) value;
		return timestamp == null ? "" : timestamp.toInstant().atZone(zone).toOffsetDateTime().toString();
	}

	/** Whether the caller may see an observation citing the photo. */
	@Transactional(readOnly = true)
	boolean citesVisibly(String sha256) {
		Map<String, Object> params = new HashMap<>();
		String scope = Scope.andCondition("s.commune_code", params);
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM observation_photo p JOIN observation o ON o.id = p.observation_id
				               JOIN site_current s ON s.id = o.site_id
				               WHERE p.sha256 = :sha %s)""".formatted(scope))
			.params(params).param("sha", sha256).query(Boolean.class).single();
	}
}
