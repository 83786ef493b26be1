package vn.diemnong.patrol;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diemnong.audit.AuditLog;
import vn.diemnong.common.Actor;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.DataVersion;
import vn.diemnong.common.Scope;
import vn.diemnong.geo.Geometries;
import vn.diemnong.hotspot.risk.RiskReason;
import vn.diemnong.hotspot.risk.SiteRisk;
import vn.diemnong.hotspot.risk.SiteRisks;

/** Makes patrol plans: the area and its candidates, the route ({@link Orienteering}), the stops, stored and audited. */
@Service
class PatrolPlanner {

	private static final Logger LOG = LoggerFactory.getLogger(PatrolPlanner.class);
	private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
	private static final Set<String> AREA_TYPES = Set.of("POLYGON", "MULTIPOLYGON");
	private static final Set<String> SCRAP_TRADES = Set.of("paper_recycling", "aluminium_recycling", "copper_casting",
			"steel_recycling", "plastic_recycling", "rubber_recycling", "scrap_trading");
	private static final Set<String> DISCHARGE_TRADES = Set.of("metal_plating", "textile_dyeing", "paper_recycling",
			"food_processing", "rice_wine");

	private final JdbcClient jdbc;
	private final Geometries geometries;
	private final SiteRisks risks;
	private final PlanStore store;
	private final AuditLog audit;
	private final PatrolProperties properties;
	private final DataVersion version;
	/** The last union of communes made, by its codes and the data version it was made at (the whole province: 0.6 s). */
	private volatile @Nullable KeptUnion union;

	PatrolPlanner(JdbcClient jdbc, Geometries geometries, SiteRisks risks, PlanStore store, AuditLog audit,
			PatrolProperties properties, DataVersion version) {
		this.jdbc = jdbc;
		this.geometries = geometries;
		this.risks = risks;
		this.store = store;
		this.audit = audit;
		this.properties = properties;
		this.version = version;
	}

	private record KeptUnion(Set<String> codes, long version, String wkt) {
	}

	/** The last area's sites, by the area and the data version they were read at. */
	private volatile @Nullable KeptSites keptSites;

	private record KeptSites(String wkt, long version, List<Site> sites) {
	}

	/** A site in the area, with what the plan needs of it. */
	record Site(long id, String name, String kind, String trade, String status, @Nullable String communeCode,
			double lon, double lat) {
	}

	/** The area (WKT) and the communes it covers. */
	record Area(String wkt, List<String> communes) {
	}

	@Transactional
	long plan(PlanRequest request) {
		Area area = area(request);
		Geometry start = geometries.read(request.start(), "start", Set.of("POINT"));
		double hours = request.hours() != null ? request.hours() : PlanRequest.DEFAULT_HOURS;
		double speed = request.speedKmh() != null ? request.speedKmh() : PlanRequest.DEFAULT_SPEED_KMH;
		int perStop = request.minutesPerStop() != null ? request.minutesPerStop() : PlanRequest.DEFAULT_MINUTES_PER_STOP;
		long seed = request.seed() != null ? request.seed() : defaultSeed(request, area);
		LocalTime startTime = request.startTime() != null ? request.startTime() : LocalTime.of(8, 0);

		long started = System.nanoTime();
		List<Site> sites = keptSites(area.wkt());
		long sited = System.nanoTime();
		Map<Long, SiteRisk> risk = risksOf(sites);
		long scored = System.nanoTime();
		List<Site> candidates = sites.stream().filter(s -> score(risk, s.id()) > 0).toList();
		double areaRisk = sites.stream().mapToDouble(s -> score(risk, s.id())).sum();
		TravelTimes travel = new StraightLineTravel(properties.detourFactor());
		Orienteering.Problem problem = new Orienteering.Problem(start.getCoordinate().x, start.getCoordinate().y,
				candidates.stream().map(s -> new Orienteering.Candidate(s.id(), s.lon(), s.lat(), score(risk, s.id())))
					.toList(),
				travel, speed * 1000 / 60, perStop, hours * 60);
		Orienteering.Route route = Orienteering.plan(problem, seed);
		long routed = System.nanoTime();

		List<PatrolPlan.Stop> stops = new ArrayList<>();
		double minutes = 0;
		for (int i = 0; i < route.stops().size(); i++) {
			Site site = candidates.get(route.stops().get(i));
			minutes += route.legs()[i] / problem.metersPerMinute();
			SiteRisk siteRisk = risk.get(site.id());
			stops.add(new PatrolPlan.Stop(site.id(), i + 1, site.name(), site.communeCode(), site.lon(), site.lat(),
					startTime.plusSeconds(Math.round(minutes * 60)), minutes, route.legs()[i], siteRisk.score(),
					reasons(siteRisk), checks(site, siteRisk)));
			minutes += perStop;
		}
		PlanDraft draft = new PlanDraft(request.date(), area.wkt(), area.communes(),
				new PatrolPlan.Start(start.getCoordinate().x, start.getCoordinate().y, request.startLabel()), startTime,
				hours, speed, perStop, properties.detourFactor(), seed, Orienteering.METHOD, candidates.size(), stops,
				route.meters(), route.minutes(), route.risk(), areaRisk);
		long id = store.save(draft, Actor.current());
		audit.record("patrol_plan.create", "patrol_plan", id, null, audit.snapshot("patrol_plan", id));
		LOG.debug("plan {}: {} sites in the area {} ms, their risk {} ms, route over {} candidates {} ms, stored {} ms",
				id, sites.size(), ms(sited - started), ms(scored - sited), candidates.size(), ms(routed - scored),
				ms(System.nanoTime() - routed));
		return id;
	}

	/** The requested communes' union, or the polygon drawn (kept inside a commune user's communes). */
	Area area(PlanRequest request) {
		List<String> codes = request.communes() == null ? List.of() : request.communes();
		if (codes.isEmpty() == (request.area() == null)) {
			throw ApiProblem.invalid("communes", "patrol-area-required");
		}
		if (!codes.isEmpty()) {
			Set<String> known = new TreeSet<>(jdbc.sql("SELECT code FROM commune_current WHERE code IN (:codes)")
				.param("codes", codes).query(String.class).list());
			for (String code : codes) {
				if (!known.contains(code)) {
					throw ApiProblem.invalid("communes", "unknown-commune", code, request.date().toString());
				}
				if (!Scope.covers(code)) {
					throw ApiProblem.forbidden("communes", "commune-outside-scope", code);
				}
			}
			return new Area(union(codes), List.copyOf(new LinkedHashSet<>(codes)));
		}
		Geometry drawn = geometries.read(request.area(), "area", AREA_TYPES);
		Set<String> scope = Scope.communes();
		if (!scope.isEmpty()) {
			boolean inside = jdbc.sql("""
					SELECT coalesce(ST_Covers(ST_Buffer(ST_Union(geom), 0.0001), ST_GeomFromText(:area, 4326)), false)
					FROM commune_current WHERE code IN (:scope)""")
				.param("area", drawn.toText()).param("scope", List.copyOf(scope)).query(Boolean.class).single();
			if (!inside) {
				throw ApiProblem.forbidden("area", "outside-commune-scope");
			}
		}
		List<String> communes = jdbc.sql("""
				SELECT code FROM commune_current
				WHERE ST_Intersects(geom, ST_GeomFromText(:area, 4326))
				  AND ST_Area(ST_Intersection(geom, ST_GeomFromText(:area, 4326))) > 0
				ORDER BY code""")
			.param("area", drawn.toText()).query(String.class).list();
		if (!scope.isEmpty()) {
			communes = communes.stream().filter(scope::contains).toList();
		}
		return new Area(drawn.toText(), communes);
	}

	/** The communes' union as WKT, kept while the data version stays (communes seldom change). */
	private String union(List<String> codes) {
		Set<String> key = Set.copyOf(codes);
		long now = version.current();
		KeptUnion kept = union;
		if (kept != null && kept.codes().equals(key) && kept.version() == now && !version.changedHere()) {
			return kept.wkt();
		}
		String wkt = jdbc.sql("SELECT ST_AsText(ST_Multi(ST_Union(geom))) FROM commune_current WHERE code IN (:codes)")
			.param("codes", codes).query(String.class).single();
		union = new KeptUnion(key, now, wkt);
		return wkt;
	}

	/** {@link #sites}, kept while the data version stays. */
	private List<Site> keptSites(String areaWkt) {
		long now = version.current();
		KeptSites kept = keptSites;
		if (kept != null && kept.version() == now && kept.wkt().equals(areaWkt) && !version.changedHere()) {
			return kept.sites();
		}
		List<Site> sites = sites(areaWkt);
		keptSites = new KeptSites(areaWkt, now, sites);
		return sites;
	}

	/**
	 * The sites whose representative point lies in the area (its boundary included, as PostGIS's ST_Covers). The
	 * database gives the points within the area's bounding box; the test itself is JTS's prepared geometry on the same
	 * coordinates, which takes milliseconds where ST_Covers against the whole province took 1–2 s at 100,000 sites.
	 */
	List<Site> sites(String areaWkt) {
		Geometry area;
		try {
			area = new WKTReader(WGS84).read(areaWkt);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("patrol area: " + ex.getMessage(), ex);
		}
		Envelope box = area.getEnvelopeInternal();
		PreparedGeometry covering = PreparedGeometryFactory.prepare(area);
		return jdbc.sql("""
				SELECT s.id, s.name, s.kind, s.trade, s.status, s.commune_code, ST_X(p.pt) AS lon, ST_Y(p.pt) AS lat
				FROM site_current s, LATERAL (SELECT ST_PointOnSurface(s.geom) AS pt) p
				WHERE s.geom && ST_MakeEnvelope(:west, :south, :east, :north, 4326)
				ORDER BY s.id""")
			.param("west", box.getMinX()).param("south", box.getMinY())
			.param("east", box.getMaxX()).param("north", box.getMaxY())
			.query((rs, n) -> new Site(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
					rs.getString("trade"), rs.getString("status"), rs.getString("commune_code"), rs.getDouble("lon"),
					rs.getDouble("lat")))
			.list()
			.stream()
			.filter(site -> covering.covers(WGS84.createPoint(new Coordinate(site.lon(), site.lat()))))
			.toList();
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}

	private Map<Long, SiteRisk> risksOf(List<Site> sites) {
		Set<Long> ids = new java.util.HashSet<>();
		sites.forEach(s -> ids.add(s.id()));
		Map<Long, SiteRisk> result = new java.util.HashMap<>();
		for (SiteRisk risk : risks.all()) {
			if (ids.contains(risk.siteId())) {
				result.put(risk.siteId(), risk);
			}
		}
		return result;
	}

	private static double score(Map<Long, SiteRisk> risk, long id) {
		SiteRisk r = risk.get(id);
		return r == null ? 0 : r.score();
	}

	/** The reasons that add the most, at most five. */
	static List<PatrolPlan.Reason> reasons(SiteRisk risk) {
		return risk.reasons().stream()
			.sorted(Comparator.comparingDouble(RiskReason::contribution).reversed())
			.limit(5)
			.map(r -> new PatrolPlan.Reason(r.code(), Math.round(r.contribution() * 100) / 100.0, r.date()))
			.toList();
	}

	/** What to look at there (codes of patrol.check.* in the bundles), from the site's status, trade and reasons. */
	static List<String> checks(Site site, SiteRisk risk) {
		Set<String> reasons = new java.util.HashSet<>();
		risk.reasons().forEach(r -> reasons.add(r.code()));
		List<String> checks = new ArrayList<>();
		if (Set.of("suspended", "closed", "relocated", "reactivated").contains(site.status())
				|| reasons.contains("reactivation") || reasons.contains("reactivated-status")) {
			checks.add("restarted");
		}
		if (SCRAP_TRADES.contains(site.trade())) {
			checks.add("scrap");
		}
		if ("committed".equals(site.status())) {
			checks.add("commitment");
		}
		if (reasons.contains("overdue") || "under_remediation".equals(site.status())) {
			checks.add("remedial");
		}
		if (reasons.contains("exceedance") || DISCHARGE_TRADES.contains(site.trade())) {
			checks.add("discharge");
		}
		if (checks.isEmpty()) {
			checks.add("operating");
		}
		return checks;
	}

	/** FNV-1a of the date and the area, so the same area gets another plan each day. */
	static long defaultSeed(PlanRequest request, Area area) {
		String key = request.date() + "|" + (area.communes().isEmpty() ? area.wkt() : String.join(",",
				new TreeSet<>(area.communes())));
		long hash = 0xcbf29ce484222325L;
		for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
			hash ^= b & 0xff;
			hash *= 0x100000001b3L;
		}
		return hash & Long.MAX_VALUE;
	}
}
