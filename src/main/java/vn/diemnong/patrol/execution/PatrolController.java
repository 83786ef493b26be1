package vn.diemnong.patrol.execution;

import java.net.URI;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A patrol's life: created for a plan, started, an outcome at each stop, its track, finished. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "patrols")
class PatrolController {

	private final Patrols patrols;

	PatrolController(Patrols patrols) {
		this.patrols = patrols;
	}

	@PostMapping("/patrol-plans/{planId}/patrols")
	@Operation(operationId = "createPatrol", summary = "Create a patrol to carry out a plan",
			description = "The patrol starts as planned. It is counted in the commune where most of the plan's stops"
					+ " are; a commune's user may create patrols there only.")
	@ApiResponse(responseCode = "201", description = "The patrol",
			headers = @Header(name = "Location", description = "the patrol", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PatrolSchemas.PatrolDetail.class)))
	ResponseEntity<String> create(@PathVariable long planId, @Valid @RequestBody NewPatrol request) {
		long id = patrols.create(planId, request);
		return ResponseEntity.created(URI.create("/api/v1/patrols/" + id)).contentType(MediaType.APPLICATION_JSON)
			.body(patrols.view(id));
	}

	@GetMapping("/patrols/{id}")
	@Operation(operationId = "getPatrol", summary = "A patrol with its stops, their outcomes and its track")
	@ApiResponse(responseCode = "200", description = "The patrol",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PatrolSchemas.PatrolDetail.class)))
	ResponseEntity<String> one(@PathVariable long id) {
		return json(patrols.view(id));
	}

	@PostMapping("/patrols/{id}/start")
	@Operation(operationId = "startPatrol", summary = "Start a planned patrol",
			description = "planned → in progress, now. Any other status is refused with 409.")
	@ApiResponse(responseCode = "200", description = "The patrol in progress",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PatrolSchemas.PatrolDetail.class)))
	ResponseEntity<String> start(@PathVariable long id) {
		patrols.start(id);
		return json(patrols.view(id));
	}

	@PostMapping("/patrols/{id}/finish")
	@Operation(operationId = "finishPatrol", summary = "Finish a patrol in progress",
			description = "in progress → done, now. Any other status is refused with 409. Track batches queued on the"
					+ " phone may still arrive after it, for the time the patrol lasted.")
	@ApiResponse(responseCode = "200", description = "The patrol, done",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PatrolSchemas.PatrolDetail.class)))
	ResponseEntity<String> finish(@PathVariable long id) {
		patrols.finish(id);
		return json(patrols.view(id));
	}

	@PostMapping("/patrols/{id}/stops/{order}/outcome")
	@Operation(operationId = "recordPatrolStopOutcome", summary = "Record the outcome at a stop of the plan",
			description = "Visited or not reachable, what was found, the field observation made there. Only while the"
					+ " patrol is in progress, once per stop (409 otherwise). A visit shows in the site's history and"
					+ " resets its days since the last visit.")
	@ApiResponse(responseCode = "201", description = "The patrol with the outcome",
			headers = @Header(name = "Location", description = "the patrol", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PatrolSchemas.PatrolDetail.class)))
	ResponseEntity<String> outcome(@PathVariable long id, @PathVariable int order,
			@Valid @RequestBody OutcomeRequest request) {
		patrols.recordOutcome(id, order, request);
		return ResponseEntity.created(URI.create("/api/v1/patrols/" + id)).contentType(MediaType.APPLICATION_JSON)
			.body(patrols.view(id));
	}

	@PostMapping("/patrols/{id}/track")
	@Operation(operationId = "recordPatrolTrack", summary = "Add a batch of track points",
			description = "Positions recorded on the patrol, up to 1000 a batch, each taken between the start and the"
					+ " end (or now). The batch is stored exactly once per Idempotency-Key: sent again with the same"
					+ " key and points it is not stored twice and the answer is 200 with the first batch; the same key"
					+ " with other points is refused with 409.")
	@ApiResponse(responseCode = "201", description = "The batch, stored now",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PatrolSchemas.TrackReceipt.class)))
	@ApiResponse(responseCode = "200", description = "The batch, stored before under this key",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PatrolSchemas.TrackReceipt.class)))
	ResponseEntity<Patrols.TrackReceipt> track(@PathVariable long id,
			@Parameter(description = "the batch's own key, chosen by the phone (a UUID), 1–100 visible ASCII characters",
					required = true) @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
			@Valid @RequestBody TrackBatch batch) {
		Patrols.TrackReceipt receipt = patrols.recordTrack(id, key, batch);
		return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
	}

	private static ResponseEntity<String> json(String body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}
}
