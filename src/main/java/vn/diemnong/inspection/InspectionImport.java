package vn.diemnong.inspection;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diemnong.common.Batches;
import vn.diemnong.geo.AdminUnits;
import vn.diemnong.inspection.NewInspection.NewSample;
import vn.diemnong.inspection.NewInspection.NewViolation;
import vn.diemnong.regulation.RegulationLimits;
import vn.diemnong.regulation.RegulationLimits.LimitQuery;
import vn.diemnong.site.SiteRef;
import vn.diemnong.site.Sites;

/**
 * Records inspections a data set gives (the demo province's history) under the rules of {@link Inspections#record}:
 * the same checks, the same limit in force on the day and the same exceedance, built by the same code. What differs is
 * the writing: limits fetched in one query, rows in JDBC batches, and the data set's {@code dataset_load} row as its
 * record instead of one audit event per inspection.
 */
@Service
public class InspectionImport {

	private static final String INSERT_INSPECTION = """
			INSERT INTO inspection (site_id, inspected_on, kind, team, legal_basis, outcome, filed_commune_code,
			                        recorded_by, synthetic)
			VALUES (?, ?, ?, CAST(? AS text[]), ?, ?, ?, ?, ?)""";
	private static final int[] INSPECTION_TYPES = { Types.BIGINT, Types.DATE, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN };
	private static final String INSERT_SAMPLE = """
			INSERT INTO sample (inspection_id, medium, parameter, value, unit, regulation_limit_id, regulation,
			                    regulation_column, limit_value, limit_range, limit_verification, exceedance)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS numrange), ?, ?)""";
	private static final int[] SAMPLE_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC,
			Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.CHAR, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR,
			Types.NUMERIC };
	private static final String INSERT_VIOLATION = """
			INSERT INTO violation (inspection_id, site_id, category, severity, legal_reference, decision_number,
			                       decided_on, fine_vnd, additional_sanctions, remedial_measures, remedial_deadline,
			                       status, synthetic, issuing_authority, issuing_authority_name)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	private static final int[] VIOLATION_TYPES = { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.SMALLINT,
			Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.DATE,
			Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR };

	private final Inspections inspections;
	private final RegulationLimits limits;
	private final AdminUnits units;
	private final Sites sites;
	private final JdbcTemplate jdbc;

	InspectionImport(Inspections inspections, RegulationLimits limits, AdminUnits units, Sites sites,
			JdbcTemplate jdbc) {
		this.inspections = inspections;
		this.limits = limits;
		this.units = units;
		this.sites = sites;
		this.jdbc = jdbc;
	}

	/** As {@link NewInspection}: codes, dates and the filed commune are checked as when one is recorded. */
	public record HistoricalInspection(long siteId, LocalDate inspectedOn, String kind, List<String> team,
			@Nullable String legalBasis, @Nullable String outcome, @Nullable String filedCommuneCode,
			List<HistoricalSample> samples, List<HistoricalViolation> violations) {
	}

	/**
	 * A measured value, judged against the limit of column {@code column} (A or B, default B) in force on the
	 * inspection's day.
	 */
	public record HistoricalSample(String medium, String parameter, BigDecimal value, String unit,
			@Nullable String column) {
	}

	/** @param issuingAuthority an {@link IssuingAuthority} code: who signed the decision (null when not known) */
	public record HistoricalViolation(String category, int severity, @Nullable String legalReference,
			@Nullable String decisionNumber, @Nullable LocalDate decidedOn, @Nullable Long fineVnd,
			@Nullable String additionalSanctions, @Nullable String remedialMeasures,
			@Nullable LocalDate remedialDeadline, @Nullable String status, @Nullable String issuingAuthority,
			@Nullable String issuingAuthorityName) {

		/** A violation whose decision does not say who signed it. */
		public HistoricalViolation(String category, int severity, @Nullable String legalReference,
				@Nullable String decisionNumber, @Nullable LocalDate decidedOn, @Nullable Long fineVnd,
				@Nullable String additionalSanctions, @Nullable String remedialMeasures,
				@Nullable LocalDate remedialDeadline, @Nullable String status) {
			this(category, severity, legalReference, decisionNumber, decidedOn, fineVnd, additionalSanctions,
					remedialMeasures, remedialDeadline, status, null, null);
		}
	}

	/**
	 * Records the inspections with their samples and violations; every check runs before anything is written.
	 *
	 * @param synthetic whether the records are generated rather than recorded
	 * @return the inspections' ids, in the order given
	 */
	@Transactional
	public List<Long> load(List<HistoricalInspection> given, String recordedBy, boolean synthetic) {
		List<NewInspection> requests = given.stream().map(InspectionImport::request).toList();
		SampleLimits sampleLimits = SampleLimits.fetched(limits, requests.stream()
			.flatMap(r -> r.samplesOrEmpty().stream()
				.map(s -> new LimitQuery(s.medium(), s.parameter(), r.inspectedOn(), s.judgedColumn())))
			.toList());
		BiFunction<String, LocalDate, List<String>> filedUnder = units.communesFiledUnderRemembered();
		List<Inspection> built = new ArrayList<>();
		for (NewInspection request : requests) {
			built.add(inspections.inspection(request, request.siteId(), () -> siteCommune(request.siteId()),
					recordedBy, sampleLimits, filedUnder));
		}
		List<Long> ids = Batches.insertReturningIds(jdbc, INSERT_INSPECTION, INSPECTION_TYPES,
				built.stream().map(i -> i.row(synthetic)).toList());
		List<Object[]> samples = new ArrayList<>();
		List<Object[]> violations = new ArrayList<>();
		for (int i = 0; i < built.size(); i++) {
			long id = ids.get(i);
			built.get(i).getSamples().forEach(sample -> samples.add(sample.row(id)));
			built.get(i).getViolations().forEach(violation -> violations.add(violation.row(id, synthetic)));
		}
		jdbc.batchUpdate(INSERT_SAMPLE, samples, SAMPLE_TYPES);
		jdbc.batchUpdate(INSERT_VIOLATION, violations, VIOLATION_TYPES);
		return ids;
	}

	private String siteCommune(long siteId) {
		return sites.find(siteId).map(SiteRef::communeCode)
			.orElseThrow(() -> new IllegalArgumentException("No site " + siteId));
	}

	private static NewInspection request(HistoricalInspection i) {
		return new NewInspection(i.siteId(), i.inspectedOn(), i.kind(), i.team(), i.legalBasis(), i.outcome(),
				i.filedCommuneCode(),
				i.samples().stream().map(s -> new NewSample(s.medium(), s.parameter(), s.value(), s.unit(), s.column()))
					.toList(),
				i.violations().stream()
					.map(v -> new NewViolation(v.category(), v.severity(), v.legalReference(), v.decisionNumber(),
							v.decidedOn(), v.fineVnd(), v.additionalSanctions(), v.remedialMeasures(),
							v.remedialDeadline(), v.status(), v.issuingAuthority(), v.issuingAuthorityName(), null))
					.toList(),
				null);
	}
}
