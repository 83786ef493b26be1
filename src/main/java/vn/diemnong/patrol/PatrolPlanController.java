package vn.diemnong.patrol;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/patrol-plans")
@Tag(name = "patrols")
class PatrolPlanController {

	static final MediaType GPX = MediaType.parseMediaType("application/gpx+xml");

	private final PatrolPlanner planner;
	private final PatrolPlans plans;

	PatrolPlanController(PatrolPlanner planner, PatrolPlans plans) {
		this.planner = planner;
		this.plans = plans;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createPatrolPlan", summary = "A patrol plan over communes or a drawn area: the most risk"
			+ " within the time budget, starting and ending at the start point, drawn by risk with a seed")
	@ApiResponse(responseCode = "201", description = "The plan", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = PatrolPlan.class)))
	ResponseEntity<PatrolPlan> create(@Valid @RequestBody PlanRequest request) {
		long id = planner.plan(request);
		return ResponseEntity.created(URI.create("/api/v1/patrol-plans/" + id)).body(plans.get(id));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getPatrolPlan", summary = "A patrol plan with its stops and legs")
	@ApiResponse(responseCode = "200", description = "The plan", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = PatrolPlan.class)))
	PatrolPlan one(@PathVariable long id) {
		return plans.get(id);
	}

	@GetMapping("/{id}/gpx")
	@Operation(operationId = "getPatrolPlanGpx", summary = "A patrol plan as GPX 1.1: a waypoint per stop and the route")
	@ApiResponse(responseCode = "200", description = "GPX 1.1", content = @Content(mediaType = "application/gpx+xml",
			schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> gpx(@PathVariable long id) {
		PatrolPlan plan = plans.get(id);
		return file(plans.gpx(id), GPX, plans.fileName(plan) + ".gpx");
	}

	@GetMapping("/{id}/pdf")
	@Operation(operationId = "getPatrolPlanPdf", summary = "A patrol plan to print (A4, Vietnamese): map, stops with"
			+ " a check box each, signature lines")
	@ApiResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf",
			schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		PatrolPlan plan = plans.get(id);
		return file(plans.pdf(id), MediaType.APPLICATION_PDF, plans.fileName(plan) + ".pdf");
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}
}
