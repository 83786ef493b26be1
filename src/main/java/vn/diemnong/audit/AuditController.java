package vn.diemnong.audit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reading the audit trail and checking its chain. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * Events, newest first; {@code record} is {@code type:id} (e.g. {@code site:12}) or a bare id. Personal fields are
	 * shown to the environment department only (and its reading them is recorded), redacted for the administrator.
	 */
	@GetMapping
	@Operation(operationId = "listAuditEvents", summary = "The audit trail, newest first")
	@ApiResponse(responseCode = "200", description = "The events", content = @Content(mediaType = "application/json",
			array = @ArraySchema(schema = @Schema(implementation = AuditSchemas.AuditEvent.class))))
	List<Map<String, Object>> events(@RequestParam(required = false) @Nullable String record,
			@RequestParam(required = false) @Nullable String user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "200") int limit) {
		return trail.events(new AuditTrail.Filter(record, user, from, to, limit));
	}

	/** Whether the chain is intact, in the database and against the checkpoints kept outside it. */
	@GetMapping("/verify")
	@Operation(operationId = "verifyAuditTrail", summary = "Recompute the hash chain and hold it against the checkpoints")
	@ApiResponse(responseCode = "200", description = "The verdict", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = AuditSchemas.AuditVerdict.class)))
	Map<String, Object> verify() throws IOException {
		return trail.verify();
	}
}
