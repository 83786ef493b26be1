package vn.diemnong.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shapes of the audit answers ({@link AuditTrail}, {@link AuditAnchor} build them as maps), for the OpenAPI
 * document only.
 */
final class AuditSchemas {

	private AuditSchemas() {
	}

	@Schema(name = "AuditEvent", description = "Who did what to which record, when, from where, before and after")
	record AuditEvent(long seq, OffsetDateTime occurredAt, String actor, @Nullable String role,
			@Schema(example = "site.create") String action, String recordType, String recordId,
			@Schema(description = "the record before, as JSON text (personal fields redacted for the administrator)")
			@Nullable String before,
			@Schema(description = "the record after, as JSON text") @Nullable String after, @Nullable String address,
			String hash) {
	}

	@Schema(name = "AuditVerdict", description = "Whether the hash chain is intact, in the database and against the"
			+ " checkpoints kept outside it")
	record AuditVerdict(long events, boolean intact, @Nullable Long firstBrokenSeq,
			@Schema(description = "edited, gap or checkpoint") @Nullable String reason, boolean applicationRoleCanRewrite,
			AnchorVerdict anchor) {
	}

	@Schema(name = "AuditAnchorVerdict")
	record AnchorVerdict(boolean configured, @Nullable Boolean intact, @Nullable Integer checkpoints,
			@Nullable Integer forgedCheckpoints, @Nullable Instant since, @Nullable Long upToSeq,
			@Nullable Instant lastCheckpointAt,
			@Schema(description = "the rewritten event lies between these seqs") @Nullable List<Long> brokenBetween) {
	}
}
