package vn.diemnong.common;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** Optimistic locking over HTTP: the client sends the version it read as {@code If-Match}. */
public final class StaleVersion {

	private StaleVersion() {
	}

	public static ApiProblem problem() {
		return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "stale-version",
				List.of(new ApiProblem.FieldProblem("If-Match", "stale-version")));
	}

	/**
	 * The same refusal, saying what happened to the record since the caller's version: {@code changes} lists who
	 * changed which fields when, oldest first, so that the client can tell its user before they reload.
	 */
	public static ApiProblem problem(List<?> changes) {
		return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "stale-version",
				List.of(new ApiProblem.FieldProblem("If-Match", "stale-version")), Map.of("changes", changes));
	}

	/** Reads {@code "3"}, {@code W/"3"} or {@code 3}; anything else is a 400 naming the header. */
	public static int parseIfMatch(String header) {
		String value = header.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw ApiProblem.invalid("If-Match", "if-match-format");
		}
	}

	public static String etag(int version) {
		return "\"" + version + "\"";
	}
}
