package vn.diemnong.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.ArgumentTypePreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.diemnong.demo.DemoProvince.Inspection;
import vn.diemnong.demo.DemoProvince.Sample;
import vn.diemnong.demo.DemoProvince.Site;
import vn.diemnong.demo.DemoProvince.StatusEvent;
import vn.diemnong.demo.DemoProvince.Violation;

/** Inserts a generated province with JDBC batches; the caller holds the transaction. */
@Component
class DemoWriter {

	static final String RECORDED_BY = "demo-generator";

	/** The commune holding the site's representative point, as {@code AdminUnits.communeAt} finds it. */
	private static final String INSERT_SITE = """
			INSERT INTO site (parent_id, kind, trade, name, address, operator_name, status, pollution_class,
			                  permit_number, permit_valid_until, geom, commune_id, location_precision, source, note,
			                  synthetic)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326),
			        (SELECT id FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL
			           AND ST_Covers(geom, ST_PointOnSurface(ST_GeomFromWKB(?, 4326))) ORDER BY code LIMIT 1),
			        ?, ?, ?, ?)""";
	private static final int[] SITE_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BINARY, Types.BINARY,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN };
	private static final String INSERT_EVENT = """
			INSERT INTO site_status_event (site_id, occurred_on, old_status, new_status, reason, evidence,
			                               filed_commune_code, recorded_by, synthetic)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, true)""";
	private static final int[] EVENT_TYPES = { Types.BIGINT, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR };
	private static final String INSERT_INSPECTION = """
			INSERT INTO inspection (site_id, inspected_on, kind, team, legal_basis, outcome, filed_commune_code,
			                        recorded_by, synthetic)
			VALUES (?, ?, ?, CAST(? AS text[]), ?, ?, ?, ?, true)""";
	private static final int[] INSPECTION_TYPES = { Types.BIGINT, Types.DATE, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR };
	/** Column B of the regulation version in force on the inspection's day; value = limit × exceedance exactly. */
	private static final String INSERT_SAMPLE = """
			INSERT INTO sample (inspection_id, medium, parameter, value, unit, regulation_limit_id, regulation,
			                    regulation_column, limit_value, limit_range, limit_verification, exceedance)
			SELECT ?, r.medium, r.parameter, trim_scale(coalesce(r.limit_b, upper(r.range_b)) * ?), r.unit, r.id,
			       r.regulation, 'B', r.limit_b, r.range_b, r.verification, ?
			FROM regulation_limit r
			WHERE r.medium = ? AND r.parameter = ? AND r.valid_from <= ? AND (r.valid_to IS NULL OR r.valid_to >= ?)
			ORDER BY r.valid_from DESC LIMIT 1""";
	private static final int[] SAMPLE_TYPES = { Types.BIGINT, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR,
			Types.VARCHAR, Types.DATE, Types.DATE };
	private static final String INSERT_VIOLATION = """
			INSERT INTO violation (inspection_id, site_id, category, severity, legal_reference, decision_number,
			                       decided_on, fine_vnd, additional_sanctions, remedial_measures, remedial_deadline,
			                       status, synthetic)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""";
	private static final int[] VIOLATION_TYPES = { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.SMALLINT,
			Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.DATE,
			Types.VARCHAR };

	private final JdbcTemplate jdbc;

	DemoWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void write(DemoProvince province) {
		List<Long> siteIds = insertSites(province.sites());
		checkCommunes(province.sites(), siteIds);
		batch(INSERT_EVENT, EVENT_TYPES, province.events(), e -> event(e, siteIds));
		List<Long> inspectionIds = insertWithIds(INSERT_INSPECTION, INSPECTION_TYPES, province.inspections(),
				i -> inspection(i, siteIds));
		insertSamples(province.samples(),
				s -> sample(s, inspectionIds, province.inspections().get(s.inspectionKey())));
		batch(INSERT_VIOLATION, VIOLATION_TYPES, province.violations(), v -> violation(v, inspectionIds, siteIds));
	}

	/** Sites without a parent first, so that every member's parent id is known when it is bound. */
	private List<Long> insertSites(List<Site> sites) {
		Long[] ids = new Long[sites.size()];
		List<Site> roots = sites.stream().filter(s -> s.parentKey() == null).toList();
		List<Site> members = sites.stream().filter(s -> s.parentKey() != null).toList();
		remember(ids, roots, insertWithIds(INSERT_SITE, SITE_TYPES, roots, s -> siteRow(s, null)));
		remember(ids, members, insertWithIds(INSERT_SITE, SITE_TYPES, members,
				s -> siteRow(s, ids[Objects.requireNonNull(s.parentKey())])));
		return List.of(ids);
	}

	private static void remember(Long[] ids, List<Site> sites, List<Long> inserted) {
		for (int i = 0; i < sites.size(); i++) {
			ids[sites.get(i).key()] = inserted.get(i);
		}
	}

	/** The generator and PostGIS must agree on every site's commune, or the filed commune codes would lie. */
	private void checkCommunes(List<Site> sites, List<Long> ids) {
		Map<Long, String> stored = new HashMap<>();
		jdbc.query("SELECT s.id, a.code FROM site s JOIN admin_unit a ON a.id = s.commune_id WHERE s.id = ANY(?)",
				ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray())),
				(ResultSet rs) -> {
					stored.put(rs.getLong(1), rs.getString(2));
				});
		List<String> elsewhere = sites.stream().filter(s -> !s.communeCode().equals(stored.get(ids.get(s.key()))))
			.map(s -> s.name() + " (" + s.communeCode() + " → " + stored.get(ids.get(s.key())) + ")")
			.toList();
		if (!elsewhere.isEmpty()) {
			throw new IllegalStateException("PostGIS puts demo sites in other communes: " + elsewhere);
		}
	}

	private <T> void batch(String sql, int[] types, List<T> rows, Function<T, Object[]> values) {
		jdbc.batchUpdate(sql, rows.stream().map(values).toList(), types);
	}

	private <T> List<Long> insertWithIds(String sql, int[] types, List<T> rows, Function<T, Object[]> values) {
		List<Object[]> args = rows.stream().map(values).toList();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.batchUpdate(connection -> connection.prepareStatement(sql, new String[] { "id" }),
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement statement, int i) throws SQLException {
						new ArgumentTypePreparedStatementSetter(args.get(i), types).setValues(statement);
					}

					@Override
					public int getBatchSize() {
						return args.size();
					}
				}, keys);
		List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.get("id")).longValue()).toList();
		if (ids.size() != rows.size()) {
			throw new IllegalStateException("Inserted " + rows.size() + " rows but got " + ids.size() + " ids");
		}
		return ids;
	}

	/** A sample whose parameter has no limit in force would silently vanish from INSERT … SELECT: refuse. */
	private void insertSamples(List<Sample> samples, Function<Sample, Object[]> values) {
		int[] counts = jdbc.batchUpdate(INSERT_SAMPLE, samples.stream().map(values).toList(), SAMPLE_TYPES);
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] == 0) {
				Sample sample = samples.get(i);
				throw new IllegalStateException("No QCVN limit in force for " + sample.medium() + " "
						+ sample.parameter() + ": are the regulations loaded?");
			}
		}
	}

	private static Object[] siteRow(Site s, @Nullable Long parentId) {
		byte[] wkb = new WKBWriter().write(s.geometry());
		return new Object[] { parentId, s.kind(), s.trade(), s.name(), s.address(), s.operatorName(), s.status(),
				s.pollutionClass(), s.permitNumber(), s.permitValidUntil(), wkb, wkb, s.locationPrecision(), s.source(),
				s.note(), s.synthetic() };
	}

	private static Object[] event(StatusEvent e, List<Long> siteIds) {
		return new Object[] { siteIds.get(e.siteKey()), e.occurredOn(), e.oldStatus(), e.newStatus(), e.reason(),
				e.evidence(), e.filedCommuneCode(), RECORDED_BY };
	}

	private static Object[] inspection(Inspection i, List<Long> siteIds) {
		String team = "{" + String.join(",", i.team()) + "}";
		return new Object[] { siteIds.get(i.siteKey()), i.inspectedOn(), i.kind(), team, i.legalBasis(), i.outcome(),
				i.filedCommuneCode(), RECORDED_BY };
	}

	private static Object[] sample(Sample s, List<Long> inspectionIds, Inspection inspection) {
		return new Object[] { inspectionIds.get(s.inspectionKey()), s.exceedance(), s.exceedance(), s.medium(),
				s.parameter(), inspection.inspectedOn(), inspection.inspectedOn() };
	}

	private static Object[] violation(Violation v, List<Long> inspectionIds, List<Long> siteIds) {
		return new Object[] { inspectionIds.get(v.inspectionKey()), siteIds.get(v.siteKey()), v.category(),
				v.severity(), v.legalReference(), v.decisionNumber(), v.decidedOn(), v.fineVnd(),
				v.additionalSanctions(), v.remedialMeasures(), v.remedialDeadline(), v.status() };
	}
}
