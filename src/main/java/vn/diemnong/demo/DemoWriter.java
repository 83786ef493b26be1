package vn.diemnong.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.diemnong.demo.DemoProvince.Inspection;
import vn.diemnong.demo.DemoProvince.Sample;
import vn.diemnong.demo.DemoProvince.Site;
import vn.diemnong.demo.DemoProvince.StatusEvent;
import vn.diemnong.demo.DemoProvince.Violation;
import vn.diemnong.inspection.InspectionImport;
import vn.diemnong.inspection.InspectionImport.HistoricalInspection;
import vn.diemnong.inspection.InspectionImport.HistoricalSample;
import vn.diemnong.inspection.InspectionImport.HistoricalViolation;
import vn.diemnong.regulation.Limit;
import vn.diemnong.regulation.RegulationLimits;
import vn.diemnong.regulation.RegulationLimits.LimitQuery;
import vn.diemnong.site.SiteImport;
import vn.diemnong.site.SiteImport.HistoricalSite;
import vn.diemnong.site.SiteImport.HistoricalStatus;
import vn.diemnong.site.SiteImport.ImportedSite;

/**
 * Hands a generated province to the modules that own its records ({@link SiteImport}, {@link InspectionImport}), which
 * check it and write it under their own rules; the caller holds the transaction.
 */
@Component
class DemoWriter {

	static final String RECORDED_BY = "demo-generator";
	/** Samples are judged against column B, the usual case (discharge into water not used for domestic supply). */
	private static final char COLUMN = 'B';

	private final SiteImport sites;
	private final InspectionImport inspections;
	private final RegulationLimits limits;

	DemoWriter(SiteImport sites, InspectionImport inspections, RegulationLimits limits) {
		this.sites = sites;
		this.inspections = inspections;
		this.limits = limits;
	}

	void write(DemoProvince province) {
		List<ImportedSite> imported = sites.load(province.sites().stream().map(DemoWriter::site).toList(),
				province.events().stream().map(DemoWriter::status).toList(), RECORDED_BY, true);
		checkCommunes(province.sites(), imported);
		List<Long> siteIds = imported.stream().map(ImportedSite::id).toList();
		Map<LimitQuery, Limit> inForce = limits.applicable(province.samples().stream()
			.map(s -> query(s, province.inspections().get(s.inspectionKey())))
			.toList());
		List<List<HistoricalSample>> samples = lists(province.inspections().size());
		List<List<HistoricalViolation>> violations = lists(province.inspections().size());
		for (Sample sample : province.samples()) {
			samples.get(sample.inspectionKey())
				.add(sample(sample, inForce.get(query(sample, province.inspections().get(sample.inspectionKey())))));
		}
		for (Violation violation : province.violations()) {
			if (violation.siteKey() != province.inspections().get(violation.inspectionKey()).siteKey()) {
				throw new IllegalStateException("A violation of another site than the inspection's: " + violation);
			}
			violations.get(violation.inspectionKey()).add(violation(violation));
		}
		inspections.load(province.inspections().stream()
			.map(i -> inspection(i, siteIds, samples.get(i.key()), violations.get(i.key())))
			.toList(), RECORDED_BY, true);
	}

	/** The generator and PostGIS must agree on every site's commune, or the filed commune codes would lie. */
	private static void checkCommunes(List<Site> sites, List<ImportedSite> imported) {
		List<String> elsewhere = sites.stream()
			.filter(s -> !s.communeCode().equals(imported.get(s.key()).communeCode()))
			.map(s -> s.name() + " (" + s.communeCode() + " → " + imported.get(s.key()).communeCode() + ")")
			.toList();
		if (!elsewhere.isEmpty()) {
			throw new IllegalStateException("PostGIS puts demo sites in other communes: " + elsewhere);
		}
	}

	private static <T> List<List<T>> lists(int count) {
		List<List<T>> lists = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			lists.add(new ArrayList<>());
		}
		return lists;
	}

	private static LimitQuery query(Sample sample, Inspection inspection) {
		return new LimitQuery(sample.medium(), sample.parameter(), inspection.inspectedOn(), COLUMN);
	}

	/** The value that is {@code exceedance} times the limit in force, in the limit's unit. */
	private static HistoricalSample sample(Sample sample, @Nullable Limit limit) {
		if (limit == null || limit.max() == null) {
			throw new IllegalStateException("No QCVN limit in force for " + sample.medium() + " " + sample.parameter()
					+ ": are the regulations loaded?");
		}
		BigDecimal value = limit.max().multiply(sample.exceedance()).stripTrailingZeros();
		return new HistoricalSample(sample.medium(), sample.parameter(), value.scale() < 0 ? value.setScale(0) : value,
				limit.unit(), String.valueOf(COLUMN));
	}

	private static HistoricalSite site(Site s) {
		return new HistoricalSite(s.parentKey(), s.kind(), s.trade(), s.name(), s.address(), s.operatorName(),
				s.status(), s.pollutionClass(), s.permitNumber(), s.permitValidUntil(), s.geometry(),
				s.locationPrecision(), s.source(), s.note(), s.synthetic(), s.vi());
	}

	private static HistoricalStatus status(StatusEvent e) {
		return new HistoricalStatus(e.siteKey(), e.occurredOn(), e.oldStatus(), e.newStatus(), e.reason(),
				e.evidence(), e.filedCommuneCode());
	}

	private static HistoricalInspection inspection(Inspection i, List<Long> siteIds, List<HistoricalSample> samples,
			List<HistoricalViolation> violations) {
		return new HistoricalInspection(siteIds.get(i.siteKey()), i.inspectedOn(), i.kind(), i.team(), i.legalBasis(),
				i.outcome(), i.filedCommuneCode(), samples, violations);
	}

	private static HistoricalViolation violation(Violation v) {
		return new HistoricalViolation(v.category(), v.severity(), v.legalReference(), v.decisionNumber(),
				v.decidedOn(), v.fineVnd(), v.additionalSanctions(), v.remedialMeasures(), v.remedialDeadline(),
				v.status(), v.issuingAuthority(), null);
	}
}
