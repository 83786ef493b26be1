package vn.diemnong.patrol.execution;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.diemnong.common.Messages;
import vn.diemnong.common.TableExport;

/** Patrol effort (as SMART reports it) and coverage of the high-risk sites. */
@RestController
@RequestMapping("/api/v1/patrols")
@Tag(name = "patrols")
class PatrolReportController {

	private final PatrolReports reports;
	private final Messages messages;

	PatrolReportController(PatrolReports reports, Messages messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/effort")
	@Operation(operationId = "getPatrolEffort", summary = "Patrol effort per team, commune and month",
			description = "Finished patrols, by the month they started in (Asia/Ho_Chi_Minh): hours on patrol,"
					+ " kilometres of track (on the ellipsoid, points in the order taken), sites visited. With"
					+ " format=csv or format=xlsx (or an Accept header preferring them) the rows come as a file.")
	@ApiResponse(responseCode = "200", description = "The effort (or the file)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PatrolSchemas.Effort.class)))
	ResponseEntity<?> effort(
			@Parameter(description = "YYYY-MM; every month when left out", schema = @Schema(type = "string",
					example = "2026-11")) @RequestParam(required = false) @Nullable YearMonth month,
			@Parameter(description = "a commune's code") @RequestParam(required = false)
			@Pattern(regexp = "\\d{5}") @Nullable String commune,
			@RequestParam(required = false) @Schema(allowableValues = { "csv", "xlsx" }) @Nullable String format,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		PatrolReports.Effort effort = reports.effort(month, commune);
		Optional<TableExport.Format> file = TableExport.requested(format, accept);
		if (file.isPresent()) {
			return TableExport.answer(table(effort), file.get());
		}
		return ResponseEntity.ok(effort);
	}

	private TableExport.Table table(PatrolReports.Effort effort) {
		List<String> headers = List.of("month", "team", "communeCode", "communeName", "patrols", "hours", "km",
				"sitesVisited").stream().map(h -> messages.get("patrol.effort.column." + h)).toList();
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (PatrolQueries.EffortRow row : effort.rows()) {
			rows.add(java.util.Arrays.asList(row.month(), row.team(), row.communeCode(), row.communeName(),
					row.patrols(), row.hours(), row.km(), row.sitesVisited()));
		}
		String name = messages.get("patrol.effort.file") + (effort.month() == null ? "" : "-" + effort.month());
		return new TableExport.Table(name, headers, rows);
	}

	@GetMapping("/coverage")
	@Operation(operationId = "getPatrolCoverage", summary = "Coverage of the high-risk sites by patrols",
			description = "Per commune and for the province (within the caller's communes): of the sites whose risk is"
					+ " at or above the configured threshold (diemnong.patrol.high-risk), the share a patrol visited in"
					+ " the last 30 days (diemnong.patrol.visit-window-days, today included, Asia/Ho_Chi_Minh), and"
					+ " those overdue for a visit, the riskiest first.")
	@ApiResponse(responseCode = "200", description = "The coverage",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Coverage.class)))
	Coverage coverage(@Parameter(description = "a commune's code") @RequestParam(required = false)
			@Pattern(regexp = "\\d{5}") @Nullable String commune) {
		return reports.coverage(commune);
	}
}
