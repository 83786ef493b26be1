package vn.diemnong.common;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;

/** 429 with {@code Retry-After}: the request is fine, the service will not take it now. */
public class RetryLater extends ApiProblem {

	private final Duration after;

	public RetryLater(String field, String code, Duration after) {
		super(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", List.of(new FieldProblem(field, code, after.toSeconds())));
		this.after = after;
	}

	/** Whole seconds, at least one. */
	public long seconds() {
		return Math.max(1, after.toSeconds());
	}
}
