package vn.diemnong.tip;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the tip endpoints answer. */
final class TipViews {

	private TipViews() {
	}

	/** A tip as its handlers see it; {@code hasContact} only for the department and the police. */
	record TipSummary(long id, int version, String status, boolean overdue, String communeCode,
			@Nullable String communeName, boolean officialsInvolved, List<String> findings, LocalDate seenOn,
			OffsetDateTime receivedAt, LocalDate respondBy, double lon, double lat, @Nullable String description,
			@Nullable Long siteId, @Nullable Long reportedSiteId, @Nullable Long duplicateOf,
			@Nullable @Schema(description = "the open tip the reporter added this one to") Long sameAs,
			@Nullable String confirmedByKind, @Nullable Long confirmedById,
			@Schema(description = "every record linked as confirming the tip, oldest first") List<Confirmed> confirmations,
			@Nullable String note, int additions,
			@Schema(description = "tips within 200 m received within 7 days of this one (that the caller may see)")
			List<Long> duplicateCandidates,
			@Schema(description = "SHA-256 of each photo, for GET /api/v1/photos/{sha256}") List<String> photos,
			@Nullable Boolean hasContact) {
	}

	/** A record that confirmed a tip: an observation, a status event or an inspection of its site. */
	@Schema(name = "TipConfirmation")
	record Confirmed(@Schema(description = "observation, status_event or inspection") String kind, long id) {
	}

	record TipDetail(TipSummary tip, List<Addition> additions) {
	}

	record Addition(OffsetDateTime addedAt, String text) {
	}

	record Reference(@Schema(description = "the code to follow the tip, e.g. 7K3Q-M9XD-2HTB") String reference) {
	}

	record Contact(@Nullable @Schema(description = "absent when the reporter left none") String contact) {
	}

	/** What the public sees of its own tip: status and dates only. */
	record PublicStatus(String reference, String status, LocalDate receivedOn, LocalDate respondBy,
			LocalDate statusChangedOn, int additions, @Nullable LocalDate lastAdditionOn) {
	}

	/**
	 * Open tips and known sites near a point, as the public form shows them before a tip is filed: positions rounded
	 * to about 100 m, distances to 50 m, findings and dates; no text, contact, reference or number of any tip.
	 */
	record Nearby(List<NearbyTip> tips, List<NearbySite> sites) {
	}

	record NearbyTip(@Schema(description = "names the tip in a new one's sameAs") UUID handle, double lon, double lat,
			int distance, List<String> findings, LocalDate seenOn, LocalDate receivedOn, String status) {
	}

	/** A household workshop is shown by its kind, without a name (as on the public map). */
	record NearbySite(long id, String kind, @Nullable String name, String status, double lon, double lat,
			int distance) {
	}

	/** A commune's queue and its delays. */
	record CommuneQueue(String communeCode, @Nullable String communeName, int open, int overdue,
			int receivedLastYear, @Nullable Integer oldestOpenDays,
			@Nullable @Schema(description = "mean days from received to closed, tips closed within the last year")
			Double meanDaysToClose) {
	}
}
