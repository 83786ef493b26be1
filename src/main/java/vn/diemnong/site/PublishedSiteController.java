package vn.diemnong.site;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.FeatureCollections;

/** The public map's sites: no sign-in, published data only (see {@link PublishedSites}), rate limited. */
@RestController
@RequestMapping("/api/v1/public/sites")
@Tag(name = "public")
class PublishedSiteController {

	private final PublishedSites sites;
	private final FeatureCollections collections;

	PublishedSiteController(PublishedSites sites, FeatureCollections collections) {
		this.sites = sites;
		this.collections = collections;
	}

	@GetMapping
	@Operation(operationId = "listPublishedSites", summary = "The public map's sites, paged")
	@ApiResponse(responseCode = "200", description = "A page of sites", content = @Content(
			mediaType = "application/geo+json",
			schema = @Schema(implementation = SiteSchemas.PublishedSiteFeatureCollection.class)))
	ResponseEntity<String> list(@RequestParam(defaultValue = "1000") @Min(1) @Max(10000) int limit,
			@RequestParam(defaultValue = "0") @Min(0) long offset) {
		SiteQueries.Features features = sites.list(limit, offset);
		return ResponseEntity.ok().contentType(FeatureCollections.GEO_JSON)
			.body(collections.envelope(features.page(), features.json(), Map.of()));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getPublishedSite", summary = "A site as the public sees it, with its published violations")
	@ApiResponse(responseCode = "200", description = "The site", content = @Content(mediaType = "application/geo+json",
			schema = @Schema(implementation = SiteSchemas.PublishedSiteDetail.class)))
	ResponseEntity<String> one(@PathVariable long id) {
		return ResponseEntity.ok().contentType(FeatureCollections.GEO_JSON)
			.body(sites.one(id).orElseThrow(() -> ApiProblem.notFound("site", id)));
	}
}
