package vn.diemnong.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diemnong.audit.AuditLog;
import vn.diemnong.common.Actor;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Coded;
import vn.diemnong.common.Dates;
import vn.diemnong.common.Scope;
import vn.diemnong.geo.AdminUnits;
import vn.diemnong.inspection.NewInspection.NewSample;
import vn.diemnong.inspection.NewInspection.NewViolation;
import vn.diemnong.regulation.Limit;
import vn.diemnong.regulation.RegulationLimits;
import vn.diemnong.site.SiteRef;
import vn.diemnong.site.Sites;

/** Records inspections with their samples and violations; every check runs before anything is written. */
@Service
public class Inspections {

	private final InspectionRepository inspections;
	private final Sites sites;
	private final RegulationLimits limits;
	private final Clock clock;
	private final AuditLog audit;
	private final InspectionQueries queries;
	private final AdminUnits units;
	private final InspectionEvidence evidence;

	Inspections(InspectionRepository inspections, Sites sites, RegulationLimits limits,
			Clock clock, AuditLog audit, InspectionQueries queries, AdminUnits units, InspectionEvidence evidence) {
		this.inspections = inspections;
		this.sites = sites;
		this.limits = limits;
		this.clock = clock;
		this.audit = audit;
		this.queries = queries;
		this.units = units;
		this.evidence = evidence;
	}

	@Transactional
	long record(NewInspection request) {
		SiteRef site = sites.find(request.siteId())
			.orElseThrow(() -> ApiProblem.invalid("siteId", "not-found.site", request.siteId()));
		Inspection inspection = inspection(request, site.id(), site::communeCode, Actor.current(),
				SampleLimits.oneByOne(limits), units::communesFiledUnder);
		evidence.check(site.id(), request);
		Inspection saved = inspections.save(inspection);
		inspections.flush();
		evidence.store(saved, request, Actor.current());
		audit.record("inspection.create", "inspection", saved.getId(), null, queries.one(saved.getId()).orElseThrow());
		return saved.getId();
	}

	/**
	 * Every check of {@link #record} once the site is known, before anything is written: the inspection with its
	 * samples and violations, unsaved. {@link InspectionImport} builds its inspections here too.
	 *
	 * @param siteCommune the site's 2025 commune code, asked only when the request names no filed commune
	 * @param filedUnder  {@link AdminUnits#communesFiledUnder}
	 */
	Inspection inspection(NewInspection request, long siteId, Supplier<String> siteCommune, String recordedBy,
			SampleLimits sampleLimits, BiFunction<String, LocalDate, List<String>> filedUnder) {
		Dates.notInFuture("inspectedOn", request.inspectedOn(), clock);
		Inspection inspection = new Inspection(siteId, request.inspectedOn(),
				Coded.parse(InspectionKind.class, "kind", request.kind()),
				IntStream.range(0, request.team().size())
					.mapToObj(i -> Coded.parse(Agency.class, "team[" + i + "]", request.team().get(i)))
					.toList(),
				recordedBy);
		inspection.describe(request.legalBasis(), request.outcome(), filedCommune(request, siteCommune, filedUnder));
		List<NewSample> samples = request.samplesOrEmpty();
		for (int i = 0; i < samples.size(); i++) {
			inspection.add(sample(samples.get(i), "samples[" + i + "]", request.inspectedOn(), sampleLimits));
		}
		List<NewViolation> violations = request.violationsOrEmpty();
		for (int i = 0; i < violations.size(); i++) {
			inspection.add(violation(violations.get(i), "violations[" + i + "]", siteId, request.inspectedOn()));
		}
		return inspection;
	}

	/**
	 * Records dated before 1 July 2025 were filed under the old commune; later ones under the site's commune. A
	 * code given must be a commune of the province on the inspection's date, and one of the caller's communes (an
	 * old code: the commune that took it in).
	 */
	private static @Nullable String filedCommune(NewInspection request, Supplier<String> siteCommune,
			BiFunction<String, LocalDate, List<String>> filedUnder) {
		String code = request.filedCommuneCode();
		if (code == null) {
			return request.inspectedOn().isBefore(AdminUnits.REFORM) ? null : siteCommune.get();
		}
		List<String> communes = filedUnder.apply(code, request.inspectedOn());
		if (communes.isEmpty()) {
			throw ApiProblem.invalid("filedCommuneCode", "unknown-commune", code, request.inspectedOn().toString());
		}
		if (communes.stream().noneMatch(Scope::covers)) {
			throw ApiProblem.forbidden("filedCommuneCode", "commune-outside-scope", code);
		}
		return code;
	}

	private static Sample sample(NewSample request, String field, LocalDate date, SampleLimits limits) {
		Medium medium = Coded.parse(Medium.class, field + ".medium", request.medium());
		String expectedUnit = limits.unit(medium.code(), request.parameter())
			.orElseThrow(() -> ApiProblem.invalid(field + ".parameter", "unknown-parameter", request.parameter(),
					medium.code(), String.join(", ", limits.parameters(medium.code()))));
		if (!Units.same(expectedUnit, request.unit())) {
			throw ApiProblem.invalid(field + ".unit", "unit-mismatch", request.unit(), request.parameter(), expectedUnit);
		}
		Limit limit = limits.applicable(medium.code(), request.parameter(), date, request.judgedColumn()).orElse(null);
		return new Sample(medium, request.parameter(), request.value(), expectedUnit, limit);
	}

	private Violation violation(NewViolation request, String field, long siteId, LocalDate inspectedOn) {
		ViolationCategory category = Coded.parse(ViolationCategory.class, field + ".category", request.category());
		ViolationStatus status = request.status() == null ? ViolationStatus.OPEN
				: Coded.parse(ViolationStatus.class, field + ".status", request.status());
		Dates.notInFuture(field + ".decidedOn", request.decidedOn(), clock);
		if (request.decisionNumber() != null && request.decidedOn() == null) {
			throw ApiProblem.invalid(field + ".decidedOn", "decision-needs-date");
		}
		if (request.decidedOn() != null && request.decidedOn().isBefore(inspectedOn)) {
			throw ApiProblem.invalid(field + ".decidedOn", "date-order");
		}
		LocalDate from = request.decidedOn() == null ? inspectedOn : request.decidedOn();
		if (request.remedialDeadline() != null && request.remedialDeadline().isBefore(from)) {
			throw ApiProblem.invalid(field + ".remedialDeadline", "deadline-before-decision");
		}
		IssuingAuthority authority = Coded.parseOptional(IssuingAuthority.class, field + ".issuingAuthority",
				request.issuingAuthority());
		String authorityName = request.issuingAuthorityName() == null || request.issuingAuthorityName().isBlank() ? null
				: request.issuingAuthorityName().strip();
		if ((authority != null || authorityName != null) && request.decidedOn() == null) {
			throw ApiProblem.invalid(field + ".decidedOn", "violation.authority-needs-decision");
		}
		if (authority == IssuingAuthority.OTHER && authorityName == null) {
			throw ApiProblem.invalid(field + ".issuingAuthorityName", "violation.authority-other-needs-name");
		}
		if (authority != null && request.decidedOn() != null && !authority.existedOn(request.decidedOn())) {
			throw ApiProblem.invalid(field + ".issuingAuthority", "violation.authority-abolished",
					request.decidedOn().toString());
		}
		Violation violation = new Violation(siteId, category, request.severity(), status);
		violation.signedBy(authority, authorityName);
		violation.decide(request.legalReference(), request.decisionNumber(), request.decidedOn(), request.fineVnd(),
				request.additionalSanctions());
		violation.requireRemedy(request.remedialMeasures(), request.remedialDeadline());
		return violation;
	}
}
