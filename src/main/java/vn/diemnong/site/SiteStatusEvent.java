package vn.diemnong.site;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/** One entry of a site's status history. The table refuses UPDATE and DELETE; the entity is immutable too. */
@Entity
@Immutable
@Table(name = "site_status_event")
class SiteStatusEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long siteId;

	private LocalDate occurredOn;

	private @Nullable SiteStatus oldStatus;

	private SiteStatus newStatus;

	private String reason;

	private @Nullable String evidence;

	@Column(name = "observed_geom")
	private @Nullable Geometry observedAt;

	private String recordedBy;

	protected SiteStatusEvent() {
		this.occurredOn = LocalDate.MIN;
		this.newStatus = SiteStatus.OPERATING;
		this.reason = "";
		this.recordedBy = "";
	}

	SiteStatusEvent(long siteId, @Nullable SiteStatus oldStatus, StatusChange change, @Nullable Geometry observedAt,
			String recordedBy) {
		this.siteId = siteId;
		this.occurredOn = change.occurredOn();
		this.oldStatus = oldStatus;
		this.newStatus = change.newStatus();
		this.reason = change.reason().strip();
		this.evidence = change.evidence();
		this.observedAt = observedAt;
		this.recordedBy = recordedBy;
	}

	@Nullable Long getId() {
		return id;
	}
}
