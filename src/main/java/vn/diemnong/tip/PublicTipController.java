package vn.diemnong.tip;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What the public may do with tips, without signing in: file one, follow it by its reference and add to it, and see
 * what is already reported near a point. Limited per address ({@code diemnong.security.tip-writes-per-minute}).
 */
@RestController
@Validated
@Tag(name = "tips")
class PublicTipController {

	private final Tips tips;
	private final TipQueries queries;
	private final java.time.Clock clock;

	PublicTipController(Tips tips, TipQueries queries, java.time.Clock clock) {
		this.tips = tips;
		this.queries = queries;
		this.clock = clock;
	}

	@PostMapping(path = "/api/v1/tips", consumes = "application/json")
	@Operation(operationId = "submitTip", summary = "Report a suspected site (public, no sign-in)",
			description = "Routed to the commune whose 2025 boundary holds the position, or to the department and the"
					+ " police only when officialsInvolved is true. The contact (phone or e-mail) is stored encrypted"
					+ " and shown only to the department and the police. Answers the reference code to follow the tip."
					+ " With photos, send multipart/form-data instead: the part 'tip' (this JSON, application/json)"
					+ " and up to three parts 'photos' (JPEG or PNG, checked by content).")
	@ApiResponse(responseCode = "201", description = "The tip's reference code", content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = TipViews.Reference.class)))
	ResponseEntity<TipViews.Reference> submit(@Valid @RequestBody NewTip tip) {
		return filed(tips.submit(tip, List.of()));
	}

	/** The same with photos: the part {@code tip} (JSON) and up to three {@code photos} (JPEG or PNG). */
	// described in the JSON operation's text: a second request body would give generated clients an inline model
	@PostMapping(path = "/api/v1/tips", consumes = "multipart/form-data")
	@Operation(hidden = true)
	ResponseEntity<TipViews.Reference> submitWithPhotos(@Valid @RequestPart("tip") NewTip tip,
			@RequestPart(name = "photos", required = false) @Nullable List<MultipartFile> photos) {
		return filed(tips.submit(tip, photos == null ? List.of() : photos));
	}

	private static ResponseEntity<TipViews.Reference> filed(String stored) {
		String reference = TipReferences.display(stored);
		return ResponseEntity.created(URI.create("/api/v1/tips/status/" + reference))
			.body(new TipViews.Reference(reference));
	}

	@GetMapping("/api/v1/tips/status/{reference}")
	@Operation(operationId = "getTipStatus", summary = "A tip's public status by its reference code (public)",
			description = "Status and dates only. An unknown or malformed code is 404, the same either way.")
	@ApiResponse(responseCode = "200", description = "The tip's status and dates", content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = TipViews.PublicStatus.class)))
	TipViews.PublicStatus status(@PathVariable @Size(max = 40) String reference) {
		return queries.publicStatus(reference);
	}

	record NewAddition(@NotBlank @Size(max = 2000) String text) {
	}

	@PostMapping(path = "/api/v1/tips/status/{reference}/additions", consumes = "application/json")
	@Operation(operationId = "addToTip", summary = "Add information to a tip by its reference code (public)",
			description = "With photos, send multipart/form-data instead: a part 'text' (may be empty) and up to three"
					+ " parts 'photos'.")
	@ApiResponse(responseCode = "201", description = "The tip's status and dates, with the addition counted",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = TipViews.PublicStatus.class)))
	ResponseEntity<TipViews.PublicStatus> add(@PathVariable @Size(max = 40) String reference,
			@Valid @RequestBody NewAddition addition) {
		tips.add(reference, addition.text(), List.of());
		return ResponseEntity.status(201).body(queries.publicStatus(reference));
	}

	/** The same with photos: a part {@code text} (may be empty) and up to three {@code photos}. */
	@PostMapping(path = "/api/v1/tips/status/{reference}/additions", consumes = "multipart/form-data")
	@Operation(hidden = true)
	ResponseEntity<TipViews.PublicStatus> addWithPhotos(@PathVariable @Size(max = 40) String reference,
			@RequestPart(name = "text", required = false) @Nullable String text,
			@RequestPart(name = "photos", required = false) @Nullable List<MultipartFile> photos) {
		tips.add(reference, text, photos == null ? List.of() : photos);
		return ResponseEntity.status(201).body(queries.publicStatus(reference));
	}

	@GetMapping("/api/v1/public/tips/nearby")
	@Operation(operationId = "tipsNearby", summary = "Open tips and known sites near a point (public)",
			description = "For the public form, so that a reporter can add to a tip already filed instead of filing a"
					+ " duplicate: open tips of the last 30 days within 300 m (not those past the commune), with their"
					+ " position rounded to about 100 m, distance to 50 m, findings and dates, and a handle to name one"
					+ " in a new tip's sameAs; never a text, contact, reference or number. Known sites with their kind"
					+ " and status (a household workshop without its name).")
	@ApiResponse(responseCode = "200", description = "What is near", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = TipViews.Nearby.class)))
	TipViews.Nearby nearby(@RequestParam @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
			@RequestParam @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat) {
		return queries.nearby(lon, lat, clock.instant());
	}
}
