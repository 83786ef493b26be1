package vn.diemnong.inspection;

import java.net.URI;

import jakarta.validation.Valid;

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
import vn.diemnong.common.ApiProblem;

@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "inspections")
class InspectionController {

	private final Inspections inspections;
	private final InspectionQueries queries;

	InspectionController(Inspections inspections, InspectionQueries queries) {
		this.inspections = inspections;
		this.queries = queries;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "recordInspection",
			summary = "An inspection with its samples and violations, in one transaction")
	@ApiResponse(responseCode = "201", description = "The recorded inspection", content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = InspectionSchemas.InspectionDetail.class)))
	ResponseEntity<String> record(@Valid @RequestBody NewInspection request) {
		long id = inspections.record(request);
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + id)).contentType(MediaType.APPLICATION_JSON)
			.body(queries.one(id).orElseThrow());
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getInspection", summary = "An inspection with its samples and violations")
	@ApiResponse(responseCode = "200", description = "The inspection", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = InspectionSchemas.InspectionDetail.class)))
	ResponseEntity<String> one(@PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.body(queries.one(id).orElseThrow(() -> ApiProblem.notFound("inspection", id)));
	}
}
