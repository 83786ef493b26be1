package vn.diemnong.commitment;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.FeatureCollections;
import vn.diemnong.common.Scope;
import vn.diemnong.common.TableExport;
import vn.diemnong.site.Sites;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "commitments")
class CommitmentController {

	private final Commitments commitments;
	private final CommitmentQueries queries;
	private final CoverageAnswers answers;
	private final Sites sites;
	private final Clock clock;

	CommitmentController(Commitments commitments, CommitmentQueries queries, CoverageAnswers answers, Sites sites,
			Clock clock) {
		this.commitments = commitments;
		this.queries = queries;
		this.answers = answers;
		this.sites = sites;
		this.clock = clock;
	}

	@GetMapping("/sites/{id}/commitments")
	@Operation(operationId = "listSiteCommitments", summary = "A site's signed commitments, newest first",
			description = "Every commitment the site signed, superseded ones included (the record is append-only), each"
					+ " with its state today in Asia/Ho_Chi_Minh: broken (seen working after signing while it was in"
					+ " force), superseded (a later one replaced it), valid or expired.")
	@ApiResponse(responseCode = "200", description = "The commitments", content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = CommitmentSchemas.SiteCommitments.class)))
	ResponseEntity<String> list(@PathVariable long id) {
		sites.require(id);
		return json(list(id, LocalDate.now(clock)));
	}

	@PostMapping(path = "/sites/{id}/commitments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "recordCommitment", summary = "Record a signed commitment with the scan of the signed page",
			description = "Multipart: the part `commitment` (JSON) and the part `scan` (the photo of the signed page,"
					+ " JPEG or PNG, checked by its content). The officer who witnessed it is the signed-in user. The"
					+ " new commitment supersedes the site's current one; it may not be signed before it. Nothing is"
					+ " stored when any field is refused.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
			schema = @Schema(implementation = CommitmentSchemas.Upload.class)))
	@ApiResponse(responseCode = "201", description = "The site's commitments, the new one first",
			headers = @Header(name = "Location", description = "the site's commitments", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = CommitmentSchemas.SiteCommitments.class)))
	ResponseEntity<String> record(@PathVariable long id,
			@RequestPart("commitment") @Valid NewCommitment commitment,
			@RequestPart(name = "scan", required = false) @Nullable MultipartFile scan) throws IOException {
		commitments.record(id, commitment, scan == null ? null : scan.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/sites/" + id + "/commitments"))
			.contentType(MediaType.APPLICATION_JSON).body(list(id, LocalDate.now(clock)));
	}

	private String list(long id, LocalDate today) {
		return "{\"siteId\":" + id + ",\"commitments\":" + queries.ofSite(id, today) + "}";
	}

	@GetMapping("/communes/{code}/commitment-coverage")
	@Operation(operationId = "getCommuneCommitmentCoverage", summary = "A commune's commitment coverage and the sites"
			+ " that must sign",
			description = "The sites that must sign (households and facilities recycling or collecting scrap, and any"
					+ " site once reactivated), how many have a valid, unbroken commitment today, and the share against"
					+ " the directive's target of 100 %.")
	@ApiResponse(responseCode = "200", description = "The coverage", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = CommitmentSchemas.CommuneCoverage.class)))
	ResponseEntity<String> commune(@PathVariable String code) {
		Scope.require(code, "commune", code);
		LocalDate today = LocalDate.now(clock);
		CommitmentQueries.Coverage coverage = queries.communeCoverage(code, today)
			.orElseThrow(() -> ApiProblem.notFound("commune", code));
		return json(answers.commune(coverage, queries.communeSites(code, today), today));
	}

	@GetMapping("/commitment-coverage")
	@Operation(operationId = "listCommitmentCoverage", summary = "Commitment coverage of every commune",
			description = "A GeoJSON FeatureCollection of the communes (the caller's only, for a commune's user) with"
					+ " their coverage, for the map's choropleth. With format=csv or format=xlsx (or an Accept header"
					+ " preferring them) the same rows come as a table to download, in the Accept-Language.")
	@ApiResponse(responseCode = "200", description = "The communes with their coverage (or the file)",
			content = @Content(mediaType = "application/geo+json",
					schema = @Schema(implementation = CommitmentSchemas.CoverageCollection.class)))
	ResponseEntity<?> all(@RequestParam(required = false) @Nullable String format,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
			@Parameter(description = "outline simplification tolerance, degrees") @RequestParam(defaultValue = "0.0005")
			double simplify) {
		Optional<TableExport.Format> file = TableExport.requested(format, accept);
		LocalDate today = LocalDate.now(clock);
		if (file.isPresent()) {
			return TableExport.answer(answers.table(queries.coverage(null, today, 0.01), today), file.get());
		}
		double tolerance = Math.max(0, Math.min(0.01, simplify));
		return ResponseEntity.ok().contentType(FeatureCollections.GEO_JSON)
			.body(answers.collection(queries.coverage(null, today, tolerance), today));
	}

	private static ResponseEntity<String> json(String body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}
}
