package vn.diemnong.site;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Batches;
import vn.diemnong.common.Coded;
import vn.diemnong.common.Dates;
import vn.diemnong.geo.AdminUnits;
import vn.diemnong.geo.CommuneRef;

/**
 * Registers sites with the status history a data set gives them (the demo province), under the rules of a
 * registration: codes, geometry, parent and commune as {@link Sites} checks them, and a history that runs from the
 * registration (no old status) to the site's status, one real change at a time. Written in JDBC batches; the data set's
 * {@code dataset_load} row is its record, not one audit event per site.
 */
@Service
public class SiteImport {

	private static final String INSERT_SITE = """
			INSERT INTO site (parent_id, kind, trade, name, address, operator_name, status, pollution_class,
			                  permit_number, permit_valid_until, geom, commune_id, location_precision, source, note,
			                  synthetic, location_precision_vi, source_vi, note_vi)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326), ?, ?, ?, ?, ?, ?, ?, ?)""";
	private static final int[] SITE_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BINARY, Types.BIGINT,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR };
	private static final String INSERT_EVENT = """
			INSERT INTO site_status_event (site_id, occurred_on, old_status, new_status, reason, evidence,
			                               filed_commune_code, recorded_by, synthetic)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	private static final int[] EVENT_TYPES = { Types.BIGINT, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN };

	private final AdminUnits units;
	private final Sites registration;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	SiteImport(AdminUnits units, Sites registration, JdbcTemplate jdbc, Clock clock) {
		this.units = units;
		this.registration = registration;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param parent   position of the parent (a craft village, cluster or zone) in the list, if any
	 * @param status   the status now, which the last event of its history must have set
	 */
	public record HistoricalSite(@Nullable Integer parent, String kind, String trade, String name,
			@Nullable String address, @Nullable String operatorName, String status, @Nullable String pollutionClass,
			@Nullable String permitNumber, @Nullable LocalDate permitValidUntil, Geometry geometry,
			@Nullable String locationPrecision, @Nullable String source, @Nullable String note, boolean synthetic,
			@Nullable InVietnamese vi) {

		/** A site whose texts are in one language only. */
		public HistoricalSite(@Nullable Integer parent, String kind, String trade, String name,
				@Nullable String address, @Nullable String operatorName, String status,
				@Nullable String pollutionClass, @Nullable String permitNumber, @Nullable LocalDate permitValidUntil,
				Geometry geometry, @Nullable String locationPrecision, @Nullable String source, @Nullable String note,
				boolean synthetic) {
			this(parent, kind, trade, name, address, operatorName, status, pollutionClass, permitNumber,
					permitValidUntil, geometry, locationPrecision, source, note, synthetic, null);
		}
	}

	/** The Vietnamese of a site's texts when the data set gives them in two languages (the others in English). */
	public record InVietnamese(@Nullable String locationPrecision, @Nullable String source, @Nullable String note) {
	}

	/**
	 * @param site              position of the site in the list
	 * @param filedCommuneCode  the commune the record was filed under on its day (an old code before the reform)
	 */
	public record HistoricalStatus(int site, LocalDate occurredOn, @Nullable String oldStatus, String newStatus,
			String reason, @Nullable String evidence, @Nullable String filedCommuneCode) {
	}

	/** A registered site with the 2025 commune its geometry lies in. */
	public record ImportedSite(long id, String communeCode) {
	}

	/**
	 * Registers the sites and their histories (each site's events in the order they happened); every check runs
	 * before anything is written.
	 *
	 * @param synthetic whether the histories are generated rather than recorded
	 * @return the registered sites, in the order given
	 */
	@Transactional
	public List<ImportedSite> load(List<HistoricalSite> sites, List<HistoricalStatus> history, String recordedBy,
			boolean synthetic) {
		List<CommuneRef> communes = communes(sites);
		List<Object[]> siteRows = new ArrayList<>();
		for (int i = 0; i < sites.size(); i++) {
			siteRows.add(siteRow(sites, i, communes.get(i)));
		}
		List<Object[]> eventRows = eventRows(sites, history, recordedBy, synthetic);
		Long[] ids = insertParentsFirst(sites, siteRows);
		for (Object[] event : eventRows) {
			event[0] = ids[(Integer) event[0]];
		}
		jdbc.batchUpdate(INSERT_EVENT, eventRows, EVENT_TYPES);
		List<ImportedSite> imported = new ArrayList<>();
		for (int i = 0; i < sites.size(); i++) {
			imported.add(new ImportedSite(ids[i], communes.get(i).code()));
		}
		return imported;
	}

	/** Each site's commune as a registration finds it ({@link Sites#communeAt}), one of the caller's. */
	private List<CommuneRef> communes(List<HistoricalSite> sites) {
		List<Geometry> geometries = sites.stream().map(HistoricalSite::geometry).toList();
		List<Optional<CommuneRef>> found = units.communesAt(geometries);
		List<CommuneRef> communes = new ArrayList<>();
		for (int i = 0; i < sites.size(); i++) {
			communes.add(registration.inScope(found.get(i), geometries.get(i), "geometry"));
		}
		return communes;
	}

	private Object[] siteRow(List<HistoricalSite> sites, int i, CommuneRef commune) {
		HistoricalSite site = sites.get(i);
		SiteKind kind = Coded.parse(SiteKind.class, "kind", site.kind());
		Trade trade = Coded.parse(Trade.class, "trade", site.trade());
		SiteStatus status = Coded.parse(SiteStatus.class, "status", site.status());
		PollutionClass pollution = Coded.parseOptional(PollutionClass.class, "pollutionClass", site.pollutionClass());
		Geometry geometry = site.geometry();
		String type = geometry.getGeometryType().toUpperCase();
		if (!Sites.SITE_GEOMETRIES.contains(type)) {
			throw ApiProblem.invalid("geometry", "geometry-type", type, String.join(", ", Sites.SITE_GEOMETRIES));
		}
		TopologyValidationError invalid = new IsValidOp(geometry).getValidationError();
		if (invalid != null) {
			throw ApiProblem.invalid("geometry", "geometry-invalid", invalid.getMessage());
		}
		Integer parent = site.parent();
		if (parent != null && (parent < 0 || parent >= sites.size() || parent == i
				|| !Coded.parse(SiteKind.class, "kind", sites.get(parent).kind()).isCompound())) {
			throw ApiProblem.invalid("parentId", "parent-kind");
		}
		InVietnamese vi = site.vi();
		return new Object[] { parent, kind.code(), trade.code(), site.name().strip(), site.address(),
				site.operatorName(), status.code(), pollution == null ? null : pollution.code(), site.permitNumber(),
				site.permitValidUntil(), new WKBWriter().write(geometry), commune.id(), site.locationPrecision(),
				site.source(), site.note(), site.synthetic(), vi == null ? null : vi.locationPrecision(),
				vi == null ? null : vi.source(), vi == null ? null : vi.note() };
	}

	/**
	 * Each site's history must start at its registration and end at its status, each event changing the status; a
	 * filed commune must be one the province had on the event's day. The site position stays in the row's first value.
	 */
	private List<Object[]> eventRows(List<HistoricalSite> sites, List<HistoricalStatus> history, String recordedBy,
			boolean synthetic) {
		Map<Integer, SiteStatus> reached = new HashMap<>();
		BiFunction<String, LocalDate, List<String>> filedUnder = units.communesFiledUnderRemembered();
		List<Object[]> rows = new ArrayList<>();
		for (HistoricalStatus event : history) {
			SiteStatus old = Coded.parseOptional(SiteStatus.class, "oldStatus", event.oldStatus());
			SiteStatus now = Coded.parse(SiteStatus.class, "newStatus", event.newStatus());
			if (event.site() < 0 || event.site() >= sites.size() || old != reached.get(event.site())) {
				throw new IllegalArgumentException("Status history of site " + event.site() + " does not run on: "
						+ event.oldStatus() + " after " + reached.get(event.site()));
			}
			if (now == old) {
				throw ApiProblem.invalid("newStatus", "status-unchanged", now.code());
			}
			Dates.notInFuture("occurredOn", event.occurredOn(), clock);
			String code = event.filedCommuneCode();
			if (code != null && filedUnder.apply(code, event.occurredOn()).isEmpty()) {
				throw ApiProblem.invalid("filedCommuneCode", "unknown-commune", code, event.occurredOn().toString());
			}
			reached.put(event.site(), now);
			rows.add(new Object[] { event.site(), event.occurredOn(), old == null ? null : old.code(), now.code(),
					event.reason().strip(), event.evidence(), code, recordedBy, synthetic });
		}
		for (int i = 0; i < sites.size(); i++) {
			if (!sites.get(i).status().equals(reached.containsKey(i) ? reached.get(i).code() : null)) {
				throw new IllegalArgumentException("Status history of site " + i + " does not end at its status "
						+ sites.get(i).status());
			}
		}
		return rows;
	}

	/** In waves, so that every member's parent id is known when it is bound. */
	private Long[] insertParentsFirst(List<HistoricalSite> sites, List<Object[]> rows) {
		Long[] ids = new Long[sites.size()];
		List<Integer> waiting = new ArrayList<>();
		for (int i = 0; i < sites.size(); i++) {
			waiting.add(i);
		}
		while (!waiting.isEmpty()) {
			List<Integer> wave = waiting.stream()
				.filter(i -> sites.get(i).parent() == null || ids[Objects.requireNonNull(sites.get(i).parent())] != null)
				.toList();
			if (wave.isEmpty()) {
				throw new IllegalArgumentException("Sites are their own ancestors: " + waiting);
			}
			List<Object[]> args = new ArrayList<>();
			for (int i : wave) {
				Object[] row = rows.get(i).clone();
				row[0] = row[0] == null ? null : ids[(Integer) row[0]];
				args.add(row);
			}
			List<Long> inserted = Batches.insertReturningIds(jdbc, INSERT_SITE, SITE_TYPES, args);
			for (int k = 0; k < wave.size(); k++) {
				ids[wave.get(k)] = inserted.get(k);
			}
			waiting.removeAll(wave);
		}
		return ids;
	}
}
