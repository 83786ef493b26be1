package vn.diemnong.tip;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.diemnong.common.StaleVersion;

/**
 * The tips for those who handle them: a commune's user those of their communes (not those past the commune), the
 * department and the police all of them, and only these two the reporter's contact.
 */
@RestController
@RequestMapping("/api/v1/tips")
@Tag(name = "tips")
class TipController {

	private final Tips tips;
	private final TipQueries queries;
	private final Clock clock;

	TipController(Tips tips, TipQueries queries, Clock clock) {
		this.tips = tips;
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping
	@Operation(operationId = "listTips", summary = "The tips the caller handles, overdue first",
			description = "overdue: the answer day (received + diemnong.tip.response-days, in Asia/Ho_Chi_Minh) has"
					+ " passed and the tip is still received or verifying.")
	@ApiResponse(responseCode = "200", description = "Tips", content = @Content(mediaType = "application/json",
			array = @ArraySchema(schema = @Schema(implementation = TipViews.TipSummary.class))))
	List<TipViews.TipSummary> list(@Valid @ParameterObject TipFilter filter) {
		return queries.list(filter, clock.instant());
	}

	@GetMapping("/queues")
	@Operation(operationId = "tipQueues", summary = "Each commune's queue and delays",
			description = "Open, overdue, received in the last year, the oldest open tip's age and the mean days to"
					+ " close, per commune the caller sees.")
	@ApiResponse(responseCode = "200", description = "Per commune", content = @Content(mediaType = "application/json",
			array = @ArraySchema(schema = @Schema(implementation = TipViews.CommuneQueue.class))))
	List<TipViews.CommuneQueue> queues() {
		return queries.queues(clock.instant());
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getTip", summary = "A tip with what its reporter added")
	@ApiResponse(responseCode = "200", description = "The tip; its ETag is its version",
			headers = @Header(name = "ETag", description = "the version, for If-Match", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = TipViews.TipDetail.class)))
	ResponseEntity<TipViews.TipDetail> one(@PathVariable long id) {
		TipViews.TipDetail detail = queries.one(id, clock.instant()).orElseThrow(() -> TipQueries.notFound(id));
		return ResponseEntity.ok().eTag(StaleVersion.etag(detail.tip().version())).body(detail);
	}

	@GetMapping("/{id}/contact")
	@Operation(operationId = "getTipContact", summary = "The reporter's contact (department and police only, audited)")
	@ApiResponse(responseCode = "200", description = "The contact, or none", content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = TipViews.Contact.class)))
	TipViews.Contact contact(@PathVariable long id) {
		return new TipViews.Contact(tips.contact(id).orElse(null));
	}

	@PatchMapping(path = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@Operation(operationId = "patchTip", summary = "Move a tip on, link it to a site or mark it a duplicate",
			description = "received → verifying → verified (with the site, and the observation, status event or"
					+ " inspection that confirmed it) | unfounded | duplicate (of duplicateOf). Needs the tip's version"
					+ " as If-Match.")
	@ApiResponse(responseCode = "200", description = "The changed tip", content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = TipViews.TipDetail.class)))
	ResponseEntity<TipViews.TipDetail> patch(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody TipChange change) {
		int version = tips.change(id, StaleVersion.parseIfMatch(ifMatch), change);
		return ResponseEntity.ok().eTag(StaleVersion.etag(version))
			.body(queries.one(id, clock.instant()).orElseThrow(() -> TipQueries.notFound(id)));
	}
}
