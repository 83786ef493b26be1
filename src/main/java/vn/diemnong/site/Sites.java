package vn.diemnong.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.audit.AuditLog;
import vn.diemnong.common.Actor;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Coded;
import vn.diemnong.common.DateBounds;
import vn.diemnong.common.Dates;
import vn.diemnong.common.Messages;
import vn.diemnong.common.Scope;
import vn.diemnong.common.StaleVersion;
import vn.diemnong.geo.AdminUnits;
import vn.diemnong.geo.CommuneRef;
import vn.diemnong.geo.Geometries;

/** Registers sites, changes them under optimistic locking, and records their status history. */
@Service
public class Sites {

	/** The reason of a registration's first status, in the register's language like the officers' entries. */
	static final String REGISTRATION_REASON = "đăng ký vào sổ theo dõi";

	static final Set<String> SITE_GEOMETRIES = Set.of("POINT", "POLYGON", "MULTIPOLYGON");

	private final SiteRepository sites;
	private final SiteStatusEventRepository events;
	private final Geometries geometries;
	private final AdminUnits units;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final AuditLog audit;
	private final Validator validator;
	private final DateBounds dates;
	private final JsonMapper json;
	private final Messages messages;

	Sites(SiteRepository sites, SiteStatusEventRepository events, Geometries geometries, AdminUnits units,
			JdbcClient jdbc, Clock clock, AuditLog audit, Validator validator, DateBounds dates, JsonMapper json,
			Messages messages) {
		this.sites = sites;
		this.events = events;
		this.geometries = geometries;
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
		this.validator = validator;
		this.dates = dates;
		this.json = json;
		this.messages = messages;
	}

	/** A site by id, as other features need it; empty when it is outside the caller's communes. */
	@Transactional(readOnly = true)
	public Optional<SiteRef> find(long id) {
		return jdbc.sql("""
				SELECT id, name, kind, status, commune_code, compound FROM site_current WHERE id = ?""")
			.param(id).query(SiteRef.class).optional().filter(site -> Scope.covers(site.communeCode()));
	}

	/** A site the caller may see; 404 problem when there is none (or none in the caller's communes). */
	public SiteRef require(long id) {
		return find(id).orElseThrow(() -> ApiProblem.notFound("site", id));
	}

	@Transactional
	long create(NewSite request) {
		SiteKind kind = Coded.parse(SiteKind.class, "kind", request.kind());
		Trade trade = Coded.parse(Trade.class, "trade", request.trade());
		SiteStatus status = request.status() == null ? SiteStatus.OPERATING
				: Coded.parse(SiteStatus.class, "status", request.status());
		Geometry geometry = geometries.read(request.geometry(), "geometry", SITE_GEOMETRIES);
		Site site = new Site(kind, trade, request.name(), status, geometry, communeAt(geometry, "geometry").id(),
				clock.instant());
		site.setParentId(checkedParent(request.parentId()));
		site.setAddress(request.address());
		site.setOperatorName(request.operatorName());
		if (request.pollutionClass() != null) {
			requireClassifier("pollutionClass");
		}
		site.setPollutionClass(Coded.parseOptional(PollutionClass.class, "pollutionClass", request.pollutionClass()));
		site.setPermitNumber(request.permitNumber());
		site.setPermitValidUntil(request.permitValidUntil());
		site.setLocationPrecision(request.locationPrecision());
		site.setNote(request.note());
		Site saved = sites.saveAndFlush(site);
		StatusChange registered = new StatusChange(saved.getStatus(), LocalDate.now(clock), REGISTRATION_REASON, null);
		events.save(new SiteStatusEvent(saved.requireId(), null, registered, null, Actor.current()));
		audit.record("site.create", "site", saved.requireId(), null, audit.snapshot("site", saved.requireId()));
		return saved.requireId();
	}

	/** Applies a JSON merge patch if {@code expectedVersion} is still the site's version; 412 otherwise. */
	@Transactional
	int patch(long id, int expectedVersion, JsonNode patch) {
		require(id);
		Site site = sites.findById(id).orElseThrow(() -> ApiProblem.notFound("site", id));
		if (patch.has("pollutionClass")) {
			requireClassifier("pollutionClass");
		}
		if (site.getVersion() != expectedVersion) {
			throw stale(id, expectedVersion);
		}
		String before = audit.snapshot("site", id);
		new SitePatch(patch, this).applyTo(site);
		site.touch(clock.instant());
		int version = sites.saveAndFlush(site).getVersion();
		audit.record("site.update", "site", id, before, audit.snapshot("site", id));
		return version;
	}

	/** 412, telling who changed which fields of the site since {@code version}. */
	private ApiProblem stale(long id, int version) {
		return StaleVersion.problem(
				audit.changesSince("site", id, version, StaleChange.IGNORED).stream().map(StaleChange::from).toList());
	}

	/**
	 * Moves a site to where it really is and keeps the move in its history ({@code site_location_change}): the old
	 * and new geometry, the precision now known and its source. The site's location precision text becomes the new
	 * one, in both languages. Under the same If-Match as a patch.
	 */
	@Transactional
	long correctLocation(long id, int expectedVersion, LocationCorrection request) {
		require(id);
		Site site = sites.findById(id).orElseThrow(() -> ApiProblem.notFound("site", id));
		if (site.getVersion() != expectedVersion) {
			throw stale(id, expectedVersion);
		}
		LocationPrecision precision = Coded.parse(LocationPrecision.class, "precision", request.precision());
		LocalDate changedOn = request.changedOn() == null ? LocalDate.now(clock) : request.changedOn();
		Dates.notInFuture("changedOn", changedOn, clock);
		Geometry geometry = readGeometry(request.geometry());
		long commune = communeAt(geometry, "geometry").id();
		String source = request.source().strip();
		String before = audit.snapshot("site", id);
		long changeId = jdbc.sql("""
				INSERT INTO site_location_change (site_id, changed_on, old_geom, new_geom, old_precision, old_precision_vi,
				                                  new_precision, source, recorded_by)
				SELECT id, :changedOn, geom, ST_GeomFromWKB(:wkb, 4326), location_precision, location_precision_vi,
				       :precision, :source, :by
				FROM site WHERE id = :id
				RETURNING id""")
			.param("changedOn", changedOn).param("wkb", new WKBWriter().write(geometry))
			.param("precision", precision.code()).param("source", source).param("by", Actor.current()).param("id", id)
			.query(Long.class).single();
		site.relocate(geometry, commune, precisionText(Messages.EN, precision, source, changedOn),
				precisionText(Messages.VI, precision, source, changedOn));
		site.touch(clock.instant());
		sites.saveAndFlush(site);
		audit.record("site.location", "site", id, before, audit.snapshot("site", id));
		return changeId;
	}

	private String precisionText(Locale locale, LocationPrecision precision, String source, LocalDate on) {
		return messages.get(locale, "site.location.corrected",
				messages.get(locale, "site.location.precision." + precision.code()), source, on.toString());
	}

	/**
	 * Records an observed status. It carries no If-Match: it is not an edit of a version the caller read, so status
	 * events on one site wait for each other (row lock) instead of failing as stale.
	 */
	@Transactional
	long recordStatus(long id, NewStatusEvent request) {
		require(id);
		Site site = sites.findLockedById(id).orElseThrow(() -> ApiProblem.notFound("site", id));
		Dates.notInFuture("occurredOn", request.occurredOn(), clock);
		Geometry observedAt = request.observedAt() == null ? null
				: geometries.point(request.observedAt().lon(), request.observedAt().lat(), "observedAt");
		StatusChange change = new StatusChange(Coded.parse(SiteStatus.class, "newStatus", request.newStatus()),
				request.occurredOn(), request.reason(), request.evidence());
		String before = audit.snapshot("site", id);
		SiteStatusEvent event = events.save(site.changeStatus(change, Actor.current(), observedAt, clock.instant()));
		sites.saveAndFlush(site);
		audit.record("site.status", "site", id, before, audit.snapshot("site", id));
		return event.getId();
	}

	/**
	 * A status observed from the field by another feature (a field observation), in the caller's transaction and
	 * exactly as {@code POST /api/v1/sites/{id}/status-events} records it (scope, checks, audit); 404 problem when the
	 * site is not the caller's. Returns the status event's id.
	 */
	@Transactional
	public long recordObservedStatus(long id, String newStatus, LocalDate occurredOn, String reason,
			@Nullable String evidence, double lon, double lat) {
		return recordStatus(id, new NewStatusEvent(newStatus, occurredOn, reason, evidence,
				new NewStatusEvent.Position(lon, lat)));
	}

	/**
	 * Registers a site found in the field that is not in the register yet ("a site not on the list"), as
	 * {@code POST /api/v1/sites} would (scope: the point must lie in the caller's communes; audit), at the point
	 * given, with the status seen (operating when none). Returns its id.
	 */
	@Transactional
	public long registerFromField(String name, String kind, String trade, @Nullable String status, double lon,
			double lat, String note, String locationPrecision) {
		JsonNode point = json.valueToTree(Map.of("type", "Point", "coordinates", List.of(lon, lat)));
		return create(new NewSite(name, kind, trade, status, point, null, null, null, null, null, null,
				locationPrecision, note));
	}

	/** Every view of a site's personal fields leaves an audit event naming the fields shown. */
	@Transactional
	void viewedConfidential(long id, List<String> fields) {
		if (!fields.isEmpty()) {
			audit.record("site.view_confidential", "site", id, null, json.writeValueAsString(Map.of("fields", fields)));
		}
	}

	/** Holds a changed text field to the constraints {@link NewSite} declares for it, so both have one set of limits. */
	void requireValidAsNew(String field, String value) {
		validator.validateValue(NewSite.class, field, value).stream().findFirst().ifPresent(violation -> {
			throw ApiProblem.invalid(field,
					"constraint." + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
		});
	}

	LocalDate recordDate(String field, String text) {
		return dates.record(field, text);
	}

	Geometry readGeometry(JsonNode geojson) {
		return geometries.read(geojson, "geometry", SITE_GEOMETRIES);
	}

	/**
	 * The commune a site's geometry lies in, which must be one of the caller's. A commune's user may not draw over a
	 * neighbour either: the whole geometry must lie in their communes (the department may draw across them).
	 */
	CommuneRef communeAt(Geometry geometry, String field) {
		return inScope(units.communeAt(geometry), geometry, field);
	}

	/** {@link #communeAt} when the commune holding the geometry's representative point is already looked up. */
	CommuneRef inScope(Optional<CommuneRef> found, Geometry geometry, String field) {
		CommuneRef commune = found.orElseThrow(() -> ApiProblem.invalid(field, "outside-province",
				geometry.getInteriorPoint().getX(), geometry.getInteriorPoint().getY()));
		if (!Scope.covers(commune.code())) {
			throw ApiProblem.forbidden(field, "outside-scope", commune.code(), commune.name());
		}
		Set<String> communes = Scope.communes();
		if (!communes.isEmpty() && geometry.getDimension() > 0 && !units.cover(communes, geometry)) {
			throw ApiProblem.forbidden(field, "outside-commune-scope");
		}
		return commune;
	}

	/** Classifying a site's pollution is the environment department's decision, not a commune's. */
	private static void requireClassifier(String field) {
		if ("COMMUNE".equals(Actor.role())) {
			throw ApiProblem.forbidden(field, "field-not-allowed");
		}
	}

	@Nullable Long checkedParent(@Nullable Long parentId) {
		if (parentId == null) {
			return null;
		}
		find(parentId).orElseThrow(() -> ApiProblem.invalid("parentId", "not-found.site", parentId));
		Site parent = sites.findById(parentId).orElseThrow();
		if (!parent.getKind().isCompound()) {
			throw ApiProblem.invalid("parentId", "parent-kind");
		}
		return parentId;
	}
}
