package vn.diemnong.patrol;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.diemnong.common.TableExport;

@RestController
@RequestMapping("/api/v1/police")
@Tag(name = "patrols")
@Validated
class PoliceController {

	private final WatchList watchList;
	private final WatchListExport export;
	private final PolicePosts posts;

	PoliceController(WatchList watchList, WatchListExport export, PolicePosts posts) {
		this.watchList = watchList;
		this.export = export;
		this.posts = posts;
	}

	@GetMapping("/watchlist")
	@Operation(operationId = "getPoliceWatchList", summary = "Sites ranked by risk with their reasons and police signals",
			description = "The caller's communes (a commune user's own). Signals whose source does not exist yet are"
					+ " listed in absentSignals and never guessed. With format=csv or format=xlsx (or an Accept header"
					+ " preferring them) the same list as a file.")
	@ApiResponse(responseCode = "200", description = "The watch list (or the file)", content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = WatchList.Answer.class)))
	ResponseEntity<?> watchList(
			@Parameter(description = "2025 commune codes, comma-separated") @RequestParam(required = false) @Nullable String communes,
			@Parameter(description = "site kind code") @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Min(1) @Max(WatchList.MAX_LIMIT) @Nullable Integer limit,
			@Parameter(description = "csv or xlsx for a file") @RequestParam(required = false) @Nullable String format,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		List<String> codes = communes == null || communes.isBlank() ? List.of()
				: Arrays.stream(communes.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
		WatchList.Answer answer = watchList.of(codes, kind, limit == null ? WatchList.DEFAULT_LIMIT : limit);
		Optional<TableExport.Format> file = TableExport.requested(format, accept);
		return file.<ResponseEntity<?>>map(f -> export.answer(answer, f)).orElseGet(() -> ResponseEntity.ok(answer));
	}

	@GetMapping("/posts")
	@Operation(operationId = "listPolicePosts", summary = "Commune police posts to start a patrol from (demo: one per"
			+ " commune inside it, marked synthetic)")
	@ApiResponse(responseCode = "200", description = "The posts", content = @Content(mediaType = "application/json",
			array = @ArraySchema(schema = @Schema(implementation = PolicePosts.Post.class))))
	List<PolicePosts.Post> posts() {
		return posts.list();
	}
}
