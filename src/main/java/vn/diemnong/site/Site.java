package vn.diemnong.site;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

import vn.diemnong.common.ApiProblem;

/** A place that may pollute. Its status changes only through {@link #changeStatus}, which leaves an event. */
@Entity
@Table(name = "site")
class Site {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private @Nullable Long parentId;

	private SiteKind kind;

	private Trade trade;

	private String name;

	private @Nullable String address;

	private @Nullable String operatorName;

	private SiteStatus status;

	private @Nullable PollutionClass pollutionClass;

	private @Nullable String permitNumber;

	private @Nullable LocalDate permitValidUntil;

	private Geometry geom;

	private long communeId;

	private @Nullable String locationPrecision;

	private @Nullable String locationPrecisionVi;

	private @Nullable String source;

	private @Nullable String note;

	private boolean synthetic;

	@Column(insertable = false, updatable = false)
	private @Nullable Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	protected Site() {
		this.kind = SiteKind.HOUSEHOLD_WORKSHOP;
		this.trade = Trade.MIXED_INDUSTRY;
		this.name = "";
		this.status = SiteStatus.OPERATING;
		this.geom = null;
		this.updatedAt = Instant.EPOCH;
	}

	/** A new site, registered at {@code now} (the service's clock). */
	Site(SiteKind kind, Trade trade, String name, SiteStatus status, Geometry geom, long communeId, Instant now) {
		this.kind = kind;
		this.trade = trade;
		this.name = name.strip();
		this.status = status;
		this.geom = geom;
		this.communeId = communeId;
		this.updatedAt = now;
	}

	/** Appends the change to the history and moves the site to the new status. */
	SiteStatusEvent changeStatus(StatusChange change, String recordedBy, @Nullable Geometry observedAt, Instant now) {
		if (change.newStatus() == status) {
			throw ApiProblem.invalid("newStatus", "status-unchanged", status.code());
		}
		SiteStatusEvent event = new SiteStatusEvent(requireId(), status, change, observedAt, recordedBy);
		status = change.newStatus();
		touch(now);
		return event;
	}

	void moveTo(Geometry geometry, long commune) {
		this.geom = geometry;
		this.communeId = commune;
	}

	void touch(Instant now) {
		updatedAt = now;
	}

	long requireId() {
		if (id == null) {
			throw new IllegalStateException("site not saved yet");
		}
		return id;
	}

	@Nullable Long getId() {
		return id;
	}

	@Nullable Long getParentId() {
		return parentId;
	}

	void setParentId(@Nullable Long parentId) {
		this.parentId = parentId;
	}

	SiteKind getKind() {
		return kind;
	}

	void setKind(SiteKind kind) {
		this.kind = kind;
	}

	void setTrade(Trade trade) {
		this.trade = trade;
	}

	String getName() {
		return name;
	}

	void setName(String name) {
		this.name = name.strip();
	}

	void setAddress(@Nullable String address) {
		this.address = address;
	}

	void setOperatorName(@Nullable String operatorName) {
		this.operatorName = operatorName;
	}

	SiteStatus getStatus() {
		return status;
	}

	void setPollutionClass(@Nullable PollutionClass pollutionClass) {
		this.pollutionClass = pollutionClass;
	}

	void setPermitNumber(@Nullable String permitNumber) {
		this.permitNumber = permitNumber;
	}

	void setPermitValidUntil(@Nullable LocalDate permitValidUntil) {
		this.permitValidUntil = permitValidUntil;
	}

	long getCommuneId() {
		return communeId;
	}

	void setLocationPrecision(@Nullable String locationPrecision) {
		this.locationPrecision = locationPrecision;
	}

	/** A corrected location: the new geometry and commune, and how precise it is, in both languages. */
	void relocate(Geometry geometry, long commune, String precisionEn, String precisionVi) {
		moveTo(geometry, commune);
		this.locationPrecision = precisionEn;
		this.locationPrecisionVi = precisionVi;
	}

	void setNote(@Nullable String note) {
		this.note = note;
	}

	int getVersion() {
		return version;
	}
}
