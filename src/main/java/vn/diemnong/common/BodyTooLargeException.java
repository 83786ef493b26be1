package vn.diemnong.common;

import java.io.IOException;

/** A request body above {@code diemnong.web.max-body-bytes}. */
class BodyTooLargeException extends IOException {

	private final long max;

	BodyTooLargeException(long max) {
		super("request body larger than " + max + " bytes");
		this.max = max;
	}

	long max() {
		return max;
	}
}
