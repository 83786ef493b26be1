package vn.diemnong.history;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.CachedAnswers;
import vn.diemnong.common.DateBounds;
import vn.diemnong.common.FeatureCollections;
import vn.diemnong.common.Messages;
import vn.diemnong.site.Sites;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "histories")
class HistoryController {

	private static final String KIND = "count only sites of these kinds (codes separated by commas)";
	private static final String TRADE = "count only sites of these trades (codes separated by commas)";
	private static final String STATUS = "count only sites now in these statuses (codes separated by commas)";

	private final SiteHistoryQueries siteHistory;
	private final CommuneQueries communes;
	private final Sites sites;
	private final FeatureCollections collections;
	private final Clock clock;
	private final DateBounds dates;
	private final CachedAnswers answers;

	HistoryController(SiteHistoryQueries siteHistory, CommuneQueries communes, Sites sites,
			FeatureCollections collections, Clock clock, DateBounds dates, CachedAnswers answers) {
		this.answers = answers;
		this.siteHistory = siteHistory;
		this.communes = communes;
		this.sites = sites;
		this.collections = collections;
		this.clock = clock;
		this.dates = dates;
	}

	/** Everything recorded about a site (and its members, for a village or cluster), oldest first. */
	@GetMapping("/sites/{id}/history")
	@Operation(operationId = "getSiteHistory", summary = "A site's history (members included), oldest first")
	@ApiResponse(responseCode = "200", description = "The history", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = HistorySchemas.SiteHistory.class)))
	ResponseEntity<String> siteHistory(@PathVariable long id,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		sites.require(id);
		LocalDate today = LocalDate.now(clock);
		Period period = Period.of(from == null ? dates.earliest() : from, to == null ? today : to, clock);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(siteHistory.history(id, period.from(),
				period.to(), Messages.current().getLanguage(), today));
	}

	@GetMapping("/communes")
	@Operation(operationId = "listCommunes", summary = "The communes with their violations, fines, inspections and sites")
	@ApiResponse(responseCode = "200", description = "The communes layer", content = @Content(
			mediaType = "application/geo+json",
			schema = @Schema(implementation = HistorySchemas.CommuneFeatureCollection.class)))
	ResponseEntity<byte[]> communes(
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0.0001") @Min(0) @Max(1) double simplify,
			@Parameter(description = KIND) @RequestParam(required = false) @Nullable String kind,
			@Parameter(description = TRADE) @RequestParam(required = false) @Nullable String trade,
			@Parameter(description = STATUS) @RequestParam(required = false) @Nullable String status) {
		return layer(from, to, simplify, false, SiteSelection.of(kind, trade, status));
	}

	/** The communes layer for the public: closed, decided violations only, and no inspection counts. */
	@GetMapping("/public/communes")
	@Tag(name = "public")
	@Operation(operationId = "listPublishedCommunes", summary = "The communes with published violation counts only")
	@ApiResponse(responseCode = "200", description = "The communes layer (inspections are null)", content = @Content(
			mediaType = "application/geo+json",
			schema = @Schema(implementation = HistorySchemas.CommuneFeatureCollection.class)))
	ResponseEntity<byte[]> publishedCommunes(
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0.0001") @Min(0) @Max(1) double simplify,
			@Parameter(description = KIND) @RequestParam(required = false) @Nullable String kind,
			@Parameter(description = TRADE) @RequestParam(required = false) @Nullable String trade,
			@Parameter(description = STATUS) @RequestParam(required = false) @Nullable String status) {
		return layer(from, to, simplify, true, SiteSelection.of(kind, trade, status));
	}

	// kept until a site, an inspection, a violation or a commune changes; the period (by default from today) is
	// part of the key, as are the URL and the caller's communes
	private ResponseEntity<byte[]> layer(@Nullable LocalDate from, @Nullable LocalDate to, double simplify,
			boolean published, SiteSelection selection) {
		Period period = Period.of(from, to, clock);
		return answers.answer(FeatureCollections.GEO_JSON, List.of(period, published), () -> {
			CommuneQueries.Layer layer = communes.layer(period, simplify, published, selection);
			FeatureCollections.Page page = new FeatureCollections.Page(0, (int) layer.count(), layer.count(),
					layer.count());
			return collections.envelope(page, layer.json(), period.asMembers());
		});
	}

	@GetMapping("/communes/{code}/history")
	@Operation(operationId = "getCommuneHistory", summary = "A commune's history: per month, per category, per site,"
			+ " and under the old communes now inside it")
	@ApiResponse(responseCode = "200", description = "The history", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = HistorySchemas.CommuneHistory.class)))
	ResponseEntity<String> communeHistory(@PathVariable String code,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		Period period = Period.of(from, to, clock);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(communes.history(code, period)
			.orElseThrow(() -> ApiProblem.notFound("commune", code)));
	}
}
