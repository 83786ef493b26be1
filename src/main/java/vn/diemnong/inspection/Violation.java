package vn.diemnong.inspection;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** An administrative violation found by an inspection, with its sanctioning decision and remedial measures. */
@Entity
@Table(name = "violation")
class Violation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long siteId;

	private ViolationCategory category;

	private short severity;

	private @Nullable String legalReference;

	private @Nullable String decisionNumber;

	private @Nullable LocalDate decidedOn;

	private @Nullable Long fineVnd;

	private @Nullable String additionalSanctions;

	private @Nullable String remedialMeasures;

	private @Nullable LocalDate remedialDeadline;

	private ViolationStatus status;

	private @Nullable IssuingAuthority issuingAuthority;

	private @Nullable String issuingAuthorityName;

	@Version
	private int version;

	protected Violation() {
		this.category = ViolationCategory.NO_ENVIRONMENTAL_PERMIT;
		this.status = ViolationStatus.OPEN;
	}

	Violation(long siteId, ViolationCategory category, int severity, ViolationStatus status) {
		this.siteId = siteId;
		this.category = category;
		this.severity = (short) severity;
		this.status = status;
	}

	void decide(@Nullable String legalReference, @Nullable String decisionNumber, @Nullable LocalDate decidedOn,
			@Nullable Long fineVnd, @Nullable String additionalSanctions) {
		this.legalReference = legalReference;
		this.decisionNumber = decisionNumber;
		this.decidedOn = decidedOn;
		this.fineVnd = fineVnd;
		this.additionalSanctions = additionalSanctions;
	}

	/** Who signed the decision: the title with the power to sanction, and the office and name as written on it. */
	void signedBy(@Nullable IssuingAuthority authority, @Nullable String name) {
		this.issuingAuthority = authority;
		this.issuingAuthorityName = name;
	}

	void requireRemedy(@Nullable String measures, @Nullable LocalDate deadline) {
		this.remedialMeasures = measures;
		this.remedialDeadline = deadline;
	}

	/** The columns {@link InspectionImport} writes, in its order. */
	Object[] row(long inspectionId, boolean synthetic) {
		return new Object[] { inspectionId, siteId, category.code(), severity, legalReference, decisionNumber, decidedOn,
				fineVnd, additionalSanctions, remedialMeasures, remedialDeadline, status.code(), synthetic,
				issuingAuthority == null ? null : issuingAuthority.code(), issuingAuthorityName };
	}

	@Nullable Long getId() {
		return id;
	}

	ViolationCategory getCategory() {
		return category;
	}
}
