package vn.diemnong.photo;

import java.time.Duration;
import java.util.List;

import org.springframework.http.CacheControl;
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
import vn.diemnong.common.Coded;

@RestController
@RequestMapping("/api/v1/photos")
@Tag(name = "photos")
class PhotoController {

	private final Photos photos;
	private final PhotoStore store;
	private final List<PhotoCitations> citations;

	PhotoController(Photos photos, PhotoStore store, List<PhotoCitations> citations) {
		this.photos = photos;
		this.store = store;
		this.citations = citations;
	}

	enum PhotoSize implements Coded {
		ORIGINAL, THUMB
	}

	@GetMapping("/{sha256}")
	@Operation(operationId = "getPhoto", summary = "A photo by the SHA-256 of the bytes received",
			description = "The stored copy (re-encoded without EXIF location and device data) or, with size=thumb, its"
					+ " thumbnail (at most 320 px). Only for a caller who may see a record citing the photo (an"
					+ " observation of a site in their communes…); 404 otherwise. VIEWER gets 403: photos may show"
					+ " people.")
	@ApiResponse(responseCode = "200", description = "The image: image/jpeg or image/png, as the photo was received",
			content = @Content(mediaType = "image/*", schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> photo(@PathVariable String sha256,
			@Parameter(description = "original (default) or thumb", schema = @Schema(allowableValues = { "original",
					"thumb" })) @RequestParam(defaultValue = "original") String size) {
		PhotoSize wanted = Coded.parse(PhotoSize.class, "size", size);
		Photo photo = photos.find(sha256)
			.filter(found -> citations.stream().anyMatch(citation -> citation.visible(found.sha256())))
			.orElseThrow(() -> ApiProblem.notFound("photo", sha256));
		byte[] content = store.get(photo.sha256(), PhotoStore.Size.valueOf(wanted.name()))
			.orElseThrow(() -> ApiProblem.notFound("photo", sha256));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.mediaType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
			.eTag("\"" + photo.sha256() + "-" + wanted.code() + "\"")
			.body(content);
	}
}
