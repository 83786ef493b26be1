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

import vn.diemnong.common.ApiProblem;

@RestController
@RequestMapping("/api/v1/inspections")
class InspectionController {

	private final Inspections inspections;
	private final InspectionQueries queries;

	InspectionController(Inspections inspections, InspectionQueries queries) {
		this.inspections = inspections;
		this.queries = queries;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> record(@Valid @RequestBody NewInspection request) {
		long id = inspections.record(request);
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + id)).contentType(MediaType.APPLICATION_JSON)
			.body(queries.one(id).orElseThrow());
	}

	@GetMapping("/{id}")
	ResponseEntity<String> one(@PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.body(queries.one(id).orElseThrow(() -> ApiProblem.notFound("inspection", id)));
	}
}
