package vn.diemnong.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One visit of a team to a site, with what it measured and what it found. Saved whole, in one transaction. */
@Entity
@Table(name = "inspection")
class Inspection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long siteId;

	private LocalDate inspectedOn;

	private InspectionKind kind;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] team;

	private @Nullable String legalBasis;

	private @Nullable String outcome;

	private @Nullable String filedCommuneCode;

	private String recordedBy;

	@Version
	private int version;

	@OneToMany(cascade = CascadeType.PERSIST)
	@JoinColumn(name = "inspection_id", nullable = false, updatable = false)
	private List<Sample> samples = new ArrayList<>();

	@OneToMany(cascade = CascadeType.PERSIST)
	@JoinColumn(name = "inspection_id", nullable = false, updatable = false)
	private List<Violation> violations = new ArrayList<>();

	protected Inspection() {
		this.inspectedOn = LocalDate.MIN;
		this.kind = InspectionKind.SCHEDULED;
		this.team = new String[0];
		this.recordedBy = "";
	}

	Inspection(long siteId, LocalDate inspectedOn, InspectionKind kind, List<Agency> team, String recordedBy) {
		this.siteId = siteId;
		this.inspectedOn = inspectedOn;
		this.kind = kind;
		this.team = team.stream().map(Agency::code).distinct().toArray(String[]::new);
		this.recordedBy = recordedBy;
	}

	void describe(@Nullable String legalBasis, @Nullable String outcome, @Nullable String filedCommuneCode) {
		this.legalBasis = legalBasis;
		this.outcome = outcome;
		this.filedCommuneCode = filedCommuneCode;
	}

	void add(Sample sample) {
		samples.add(sample);
	}

	void add(Violation violation) {
		violations.add(violation);
	}

	/** The columns {@link InspectionImport} writes, in its order. */
	Object[] row(boolean synthetic) {
		return new Object[] { siteId, inspectedOn, kind.code(), "{" + String.join(",", team) + "}", legalBasis, outcome,
				filedCommuneCode, recordedBy, synthetic };
	}

	List<Sample> getSamples() {
		return samples;
	}

	@Nullable Long getId() {
		return id;
	}

	long getSiteId() {
		return siteId;
	}

	LocalDate getInspectedOn() {
		return inspectedOn;
	}

	List<Violation> getViolations() {
		return violations;
	}
}
