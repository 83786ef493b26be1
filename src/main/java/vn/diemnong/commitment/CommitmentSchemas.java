package vn.diemnong.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.diemnong.common.GeoJsonGeometry;

/** The shapes of the commitment answers, for the OpenAPI document only: PostgreSQL and {@link CoverageAnswers} write them. */
final class CommitmentSchemas {

	private CommitmentSchemas() {
	}

	@Schema(name = "CommitmentUpload", description = "The multipart body of a commitment")
	record Upload(@Schema(description = "the commitment, as JSON (content type application/json)") NewCommitment commitment,
			@Schema(type = "string", format = "binary", description = "the scan or photo of the signed page, JPEG or PNG")
			@Nullable String scan) {
	}

	@Schema(name = "SiteCommitments")
	record SiteCommitments(long siteId, List<Commitment> commitments) {
	}

	@Schema(name = "Commitment", description = "A signed commitment with its state today")
	record Commitment(long id, long siteId, LocalDate signedOn, String signerName,
			@Schema(allowableValues = { "household_head", "director", "other" }) String signerRole,
			@Schema(description = "no_scrap_recycling | no_scrap_collection | relocate_to_cluster | stop_discharge | other")
			List<String> promises, @Nullable LocalDate relocateBy, @Nullable String promiseOther, LocalDate validUntil,
			@Schema(description = "SHA-256 of the scan as received; the photo is at /api/v1/photos/{sha256}")
			@Nullable String scanSha256, @Nullable Long supersedesId,
			@Schema(description = "the officer who witnessed it") String witnessedBy, OffsetDateTime recordedAt,
			boolean superseded, boolean valid, @Nullable LocalDate brokenOn, @Nullable Breach breach,
			@Schema(allowableValues = { "broken", "superseded", "valid", "expired" }) String state) {
	}

	@Schema(name = "CommitmentBreach", description = "The record that showed the site working")
	record Breach(@Schema(allowableValues = { "status_event", "observation" }) String type, long id) {
	}

	@Schema(name = "CommitmentCoverage", description = "A commune's coverage; share is covered / needed (null when no"
			+ " site needs to sign), target is 1 (100 %)")
	record Coverage(String code, String name, long needed, long covered, long expired, long broken, long unsigned,
			@Nullable BigDecimal share, double target) {
	}

	@Schema(name = "CommuneCommitmentCoverage")
	record CommuneCoverage(String code, String name, long needed, long covered, long expired, long broken,
			long unsigned, @Nullable BigDecimal share, double target, LocalDate today, List<CoverageSite> sites) {
	}

	@Schema(name = "CommitmentCoverageSite", description = "A site that must sign, with its current commitment")
	record CoverageSite(long id, String name, String kind, String trade, String status, @Nullable Long commitmentId,
			@Nullable LocalDate signedOn, @Nullable LocalDate validUntil, @Nullable LocalDate brokenOn,
			@Schema(allowableValues = { "unsigned", "broken", "valid", "expired" }) String state) {
	}

	@Schema(name = "CommitmentCoverageCollection")
	record CoverageCollection(@Schema(allowableValues = "FeatureCollection") String type, LocalDate today,
			double target, List<CoverageFeature> features) {
	}

	@Schema(name = "CommitmentCoverageFeature")
	record CoverageFeature(@Schema(allowableValues = "Feature") String type, String id, GeoJsonGeometry geometry,
			Coverage properties) {
	}
}
