package vn.diemnong.observation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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
import vn.diemnong.photo.Photo;
import vn.diemnong.photo.Photos;

@RestController
@Tag(name = "observations")
class ObservationController {

	private static final String FILING = "Multipart: the part `observation` (JSON) and up to 5 parts `photos` (JPEG or"
			+ " PNG, judged by their content, at most 10 MB each). The header Idempotency-Key (8 to 100 letters, digits,"
			+ " `.`, `_`, `:` or `-`; a UUID) makes the filing happen once: the same key of the same user again gets the"
			+ " first answer (same status and body, header Idempotency-Replayed: true) and stores nothing, even when"
			+ " the repeats race; the same key with another content is refused with 422. Each photo's SHA-256 is of"
			+ " the bytes as received; the stored copy has no EXIF. An observation further than"
			+ " diemnong.observation.max-distance-m (300 m) from the site is accepted and flagged (far, distanceM).";

	private final Observations observations;
	private final Photos photos;

	ObservationController(Observations observations, Photos photos) {
		this.observations = observations;
		this.photos = photos;
	}

	@PostMapping(path = "/api/v1/sites/{id}/observations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "fileSiteObservation", summary = "File what was seen at a site from the field",
			description = FILING + " A status change seen is recorded as the site's status event too (statusEventId).")
	@ApiResponse(responseCode = "201", description = "The observation as filed (or as first filed, for a repeat)",
			headers = @Header(name = "Location", description = "the observation", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = ObservationSchemas.Observation.class)))
	@ApiResponse(responseCode = "422", description = "The Idempotency-Key was used before for another content",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<String> fileForSite(@PathVariable long id,
			@Parameter(description = "a key of this filing, e.g. a UUID") @RequestHeader(Observations.KEY_HEADER) String key,
			@Valid @RequestPart("observation") NewObservation observation,
			@RequestPart(name = "photos", required = false) @Nullable List<MultipartFile> photos) {
		return answer(observations.file(id, key, observation, uploads(photos)));
	}

	@PostMapping(path = "/api/v1/observations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "fileObservationOfNewSite", summary = "File an observation of a site not on the list",
			description = FILING + " The observation's `site` (name, kind, trade) is registered as a site at the"
					+ " phone's position (which must lie in the caller's communes), with the status seen, and the"
					+ " observation is filed against it (siteRegistered: true).")
	@ApiResponse(responseCode = "201", description = "The observation as filed (or as first filed, for a repeat)",
			headers = @Header(name = "Location", description = "the observation", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = ObservationSchemas.Observation.class)))
	@ApiResponse(responseCode = "422", description = "The Idempotency-Key was used before for another content",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<String> fileForNewSite(
			@Parameter(description = "a key of this filing, e.g. a UUID") @RequestHeader(Observations.KEY_HEADER) String key,
			@Valid @RequestPart("observation") NewObservation observation,
			@RequestPart(name = "photos", required = false) @Nullable List<MultipartFile> photos) {
		return answer(observations.file(null, key, observation, uploads(photos)));
	}

	@GetMapping("/api/v1/observations/{id}")
	@Operation(operationId = "getObservation", summary = "An observation, with its photos' hashes",
			description = "For the roles that collect observations (ENV_DEPT, POLICE, COMMUNE in its communes); VIEWER"
					+ " gets 403: a note, a position and photos are personal data.")
	@ApiResponse(responseCode = "200", description = "The observation", content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = ObservationSchemas.Observation.class)))
	ResponseEntity<String> one(@PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(observations.find(id));
	}

	private static ResponseEntity<String> answer(Observations.Answer answer) {
		return ResponseEntity.status(answer.status())
			.location(URI.create("/api/v1/observations/" + answer.id()))
			.header("Idempotency-Replayed", Boolean.toString(answer.replayed()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(answer.body());
	}

	/** The photos' bytes; one above the limit is read only to the limit and one byte, enough to refuse it. */
	private List<Photo.Upload> uploads(@Nullable List<MultipartFile> files) {
		List<Photo.Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (int i = 0; i < files.size(); i++) {
			try (InputStream in = files.get(i).getInputStream()) {
				uploads.add(new Photo.Upload("photos[" + i + "]", in.readNBytes((int) photos.maxBytes() + 1)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}
}
