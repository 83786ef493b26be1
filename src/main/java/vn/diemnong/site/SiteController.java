package vn.diemnong.site;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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
import tools.jackson.databind.JsonNode;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.CachedAnswers;
import vn.diemnong.common.FeatureCollections;
import vn.diemnong.common.StaleVersion;
import vn.diemnong.common.TableExport;

@RestController
@RequestMapping("/api/v1/sites")
@Tag(name = "sites")
class SiteController {

	private static final String GEO_JSON = "application/geo+json";

	private final Sites sites;
	private final SiteQueries queries;
	private final FeatureCollections collections;
	private final SiteRanking ranking;
	private final SiteExport export;
	private final CachedAnswers answers;

	SiteController(Sites sites, SiteQueries queries, FeatureCollections collections, SiteRanking ranking,
			SiteExport export, CachedAnswers answers) {
		this.export = export;
		this.answers = answers;
		this.sites = sites;
		this.queries = queries;
		this.collections = collections;
		this.ranking = ranking;
	}

	@GetMapping
	@Operation(operationId = "listSites", summary = "Sites as a GeoJSON FeatureCollection, filtered and paged",
			description = "With format=csv or format=xlsx (or an Accept header that prefers text/csv or the XLSX type)"
					+ " the same sites come as a file to download instead, ordered by id, up to 10000 unless limit says"
					+ " otherwise: CSV in UTF-8 with a byte order mark, or XLSX whose numbers and dates are such;"
					+ " headers and code names in the Accept-Language. The same scope as the list: a commune's user"
					+ " gets the sites of their communes.")
	@ApiResponse(responseCode = "200", description = "A page of sites (or the file, as the description says)",
			content = @Content(mediaType = GEO_JSON,
					schema = @Schema(implementation = SiteSchemas.SiteFeatureCollection.class)))
	ResponseEntity<?> list(@Valid @ParameterObject SiteQuery query,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		Optional<TableExport.Format> file = TableExport.requested(query.format(), accept);
		if (file.isPresent()) {
			return export.answer(query.exportFilter(), file.get());
		}
		SiteFilter filter = query.filter();
		if (filter.sort() == SiteFilter.Sort.RISK) {
			// risk scores follow more than the sites (samples, the risk configuration): not kept
			SiteQueries.Features features = queries.list(filter, ranking.scores());
			return ResponseEntity.ok().contentType(FeatureCollections.GEO_JSON)
				.body(collections.envelope(features.page(), features.json(), Map.of()));
		}
		// the map's list: kept until a site or a commune changes (the URL and the caller's communes are the key)
		return answers.answer(FeatureCollections.GEO_JSON, List.of(), () -> {
			SiteQueries.Features features = queries.list(filter, Map.of());
			return collections.envelope(features.page(), features.json(), Map.of());
		});
	}

	/** A site with every field; reading its personal fields is written to the audit trail. */
	@GetMapping("/{id}")
	@Operation(operationId = "getSite", summary = "A site with its members and parent")
	@ApiResponse(responseCode = "200", description = "The site; its ETag is its version",
			headers = @Header(name = "ETag", description = "the version, for If-Match", schema = @Schema(type = "string")),
			content = @Content(mediaType = GEO_JSON, schema = @Schema(implementation = SiteSchemas.SiteDetail.class)))
	ResponseEntity<String> one(@PathVariable long id) {
		return answer(shown(queries.one(id).orElseThrow(() -> ApiProblem.notFound("site", id)), id));
	}

	/** Every answer that shows a site's personal fields, whatever the request, is written to the audit trail. */
	private SiteQueries.Detail shown(SiteQueries.Detail detail, long id) {
		sites.viewedConfidential(id, detail.confidential());
		return detail;
	}

	private ResponseEntity<String> answer(SiteQueries.Detail detail) {
		return ResponseEntity.ok().contentType(FeatureCollections.GEO_JSON).eTag(StaleVersion.etag(detail.version()))
			.body(detail.json());
	}

	@PostMapping
	@Operation(operationId = "createSite", summary = "Register a site")
	@ApiResponse(responseCode = "201", description = "The new site",
			headers = @Header(name = "Location", description = "the site", schema = @Schema(type = "string")),
			content = @Content(mediaType = GEO_JSON, schema = @Schema(implementation = SiteSchemas.SiteDetail.class)))
	ResponseEntity<String> create(@Valid @RequestBody NewSite request) {
		long id = sites.create(request);
		return created(URI.create("/api/v1/sites/" + id), id);
	}

	@PatchMapping(path = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@Operation(operationId = "patchSite", summary = "Change a site with a JSON merge patch")
	@ApiResponse(responseCode = "200", description = "The changed site", content = @Content(mediaType = GEO_JSON,
			schema = @Schema(implementation = SiteSchemas.SiteDetail.class)))
	ResponseEntity<String> patch(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
					@Content(mediaType = "application/merge-patch+json",
							schema = @Schema(implementation = SiteSchemas.MergePatch.class)),
					@Content(mediaType = "application/json",
							schema = @Schema(implementation = SiteSchemas.MergePatch.class)) })
			@RequestBody JsonNode patch) {
		sites.patch(id, StaleVersion.parseIfMatch(ifMatch), patch);
		return answer(shown(queries.one(id).orElseThrow(), id));
	}

	@PostMapping("/{id}/location-corrections")
	@Operation(operationId = "correctSiteLocation", summary = "Correct a site's location",
			description = "Moves the site to the geometry given and records the move in its history, with the "
					+ "precision now known and its source. Needs the site's version as If-Match, like a patch; a "
					+ "stale version is refused with 412 and the changes made since.")
	@ApiResponse(responseCode = "201", description = "The site at its corrected location",
			headers = { @Header(name = "Location", description = "the entry in the site's history",
					schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "the new version", schema = @Schema(type = "string")) },
			content = @Content(mediaType = GEO_JSON, schema = @Schema(implementation = SiteSchemas.SiteDetail.class)))
	ResponseEntity<String> correctLocation(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody LocationCorrection request) {
		long changeId = sites.correctLocation(id, StaleVersion.parseIfMatch(ifMatch), request);
		return created(URI.create("/api/v1/sites/" + id + "/history#location-" + changeId), id);
	}

	@PostMapping("/{id}/status-events")
	@Operation(operationId = "recordSiteStatus", summary = "Record a status change of a site")
	@ApiResponse(responseCode = "201", description = "The site with its new status",
			headers = @Header(name = "Location", description = "the entry in the site's history",
					schema = @Schema(type = "string")),
			content = @Content(mediaType = GEO_JSON, schema = @Schema(implementation = SiteSchemas.SiteDetail.class)))
	ResponseEntity<String> recordStatus(@PathVariable long id, @Valid @RequestBody NewStatusEvent request) {
		long eventId = sites.recordStatus(id, request);
		return ResponseEntity.created(URI.create("/api/v1/sites/" + id + "/history#status-" + eventId))
			.contentType(FeatureCollections.GEO_JSON).body(shown(queries.one(id).orElseThrow(), id).json());
	}

	private ResponseEntity<String> created(URI location, long id) {
		SiteQueries.Detail detail = shown(queries.one(id).orElseThrow(), id);
		return ResponseEntity.created(location).contentType(FeatureCollections.GEO_JSON)
			.eTag(StaleVersion.etag(detail.version())).body(detail.json());
	}
}
